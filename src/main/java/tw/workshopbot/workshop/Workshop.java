package tw.workshopbot.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One session people sign up for. Times are instants; they are shown in the service's
 * zone.
 *
 * @param learningHours hours granted for full attendance; zero when none are
 * @param capacity seats, or null for no limit (past it, sign-ups wait in line)
 */
public record Workshop(String id, String title, String series, Instant startsAt, Instant endsAt,
		Instant registrationClosesAt, String venue, BigDecimal learningHours, Integer capacity, List<Office> offices,
		List<Contact> contacts) {

	public Workshop {
		offices = (offices != null) ? List.copyOf(offices) : List.of();
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
		learningHours = (learningHours != null) ? learningHours : BigDecimal.ZERO;
	}

	public boolean hasEnded(Instant now) {
		return !now.isBefore(this.endsAt);
	}

	Workshop withOffices(List<Office> catalogOffices) {
		return new Workshop(this.id, this.title, this.series, this.startsAt, this.endsAt, this.registrationClosesAt,
				this.venue, this.learningHours, this.capacity, catalogOffices, this.contacts);
	}

}
