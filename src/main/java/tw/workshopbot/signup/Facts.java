package tw.workshopbot.signup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tw.workshopbot.workshop.Workshop;

/**
 * What a transition may know of the world, read before it runs: transitions stay pure.
 *
 * @param today the date in the service's zone (birth dates are checked against it)
 * @param workshops every workshop by id, open or not
 * @param registered the sender's active registration number per workshop id
 */
record Facts(Instant now, LocalDate today, Map<String, Workshop> workshops, Map<String, String> registered) {

	Facts {
		workshops = Map.copyOf(workshops);
		registered = Map.copyOf(registered);
	}

	Optional<Workshop> workshop(String id) {
		return Optional.ofNullable((id != null) ? this.workshops.get(id) : null);
	}

	/** Open for sign-up in chat: before its registration closes. */
	boolean isOpen(Workshop workshop) {
		return this.now.isBefore(workshop.registrationClosesAt());
	}

	/** Workshops open for sign-up, soonest first. */
	List<Workshop> open() {
		return this.workshops.values()
			.stream()
			.filter(this::isOpen)
			.sorted(java.util.Comparator.comparing(Workshop::startsAt).thenComparing(Workshop::id))
			.toList();
	}

}
