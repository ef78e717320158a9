package tw.workshopbot.organizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Status;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;

/**
 * 報名統計: counts only, nothing personal. Offices are counted by their active registrations;
 * a required office with none is listed as missing.
 *
 * @param perOffice confirmed and waitlisted registrations by office, in the catalog's
 * order (offices outside the catalog, such as a named unit, after them)
 */
public record RegistrationSummary(String workshopId, String title, Map<String, Integer> perOffice,
		List<String> requiredMissing, int confirmed, int waitlisted, int learningHours, int handedOver, int cancelled) {

	public static RegistrationSummary of(Workshop workshop, List<Registration> registrations) {
		Map<String, Integer> perOffice = new LinkedHashMap<>();
		workshop.offices()
			.stream()
			.filter((office) -> !office.other())
			.forEach((office) -> perOffice.put(office.name(), 0));
		int confirmed = 0;
		int waitlisted = 0;
		int hours = 0;
		int handedOver = 0;
		int cancelled = 0;
		for (Registration registration : registrations) {
			if (registration.handOver() != null) {
				handedOver++;
			}
			if (registration.status() == Status.CANCELLED) {
				cancelled++;
				continue;
			}
			perOffice.merge(registration.office(), 1, Integer::sum);
			if (registration.status() == Status.CONFIRMED) {
				confirmed++;
			}
			else {
				waitlisted++;
			}
			if (registration.learningHours()) {
				hours++;
			}
		}
		List<String> missing = new ArrayList<>();
		for (Office office : workshop.offices()) {
			if (office.required() && perOffice.getOrDefault(office.name(), 0) == 0) {
				missing.add(office.name());
			}
		}
		return new RegistrationSummary(workshop.id(), workshop.title(), perOffice, missing, confirmed, waitlisted,
				hours, handedOver, cancelled);
	}

}
