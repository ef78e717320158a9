package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Roster.Entry;
import tw.workshopbot.registration.Status;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Which workshops take attendance at an instant, and the person's confirmed seats in
 * them.
 */
@Component
class Seats {

	private final Workshops workshops;

	private final Roster roster;

	private final AttendanceBook book;

	Seats(Workshops workshops, Roster roster, AttendanceBook book) {
		this.workshops = workshops;
		this.roster = roster;
		this.book = book;
	}

	/** A confirmed seat in a workshop. */
	record Seat(Workshop workshop, Entry registration) {
	}

	/**
	 * The person's confirmed seats in the workshops taking attendance at that instant.
	 */
	List<Seat> of(String userId, Instant at) {
		return this.workshops.all()
			.stream()
			.filter((workshop) -> AttendanceWindows.of(workshop).takesAttendanceAt(at))
			.flatMap((workshop) -> confirmed(workshop, userId).map((registration) -> new Seat(workshop, registration))
				.stream())
			.toList();
	}

	/** Whether the seat's person has checked in. */
	boolean checkedIn(Seat seat) {
		return this.book.checkedIn(seat.workshop().id(), seat.registration().registrationNo()).isPresent();
	}

	/** The person's seat in that workshop, if it takes attendance at that instant. */
	Optional<Seat> in(String workshopId, String userId, Instant at) {
		return of(userId, at).stream().filter((seat) -> seat.workshop().id().equals(workshopId)).findFirst();
	}

	/** The workshops whose check-in is open at that instant. */
	List<Workshop> checkingIn(Instant at) {
		return this.workshops.all().stream().filter((workshop) -> {
			AttendanceWindows.CheckIn verdict = AttendanceWindows.of(workshop).checkIn(at);
			return verdict == AttendanceWindows.CheckIn.ON_TIME || verdict == AttendanceWindows.CheckIn.LATE;
		}).toList();
	}

	/**
	 * The person's workshop whose check-out closed within the last day: what a late 簽到 or
	 * 簽退 is about.
	 */
	Optional<Workshop> justClosed(String userId, Instant at) {
		return this.workshops.all().stream().filter((workshop) -> {
			Instant closed = AttendanceWindows.of(workshop).checkOutCloses();
			return !at.isBefore(closed) && at.isBefore(closed.plus(Duration.ofDays(1)));
		}).filter((workshop) -> confirmed(workshop, userId).isPresent()).max(Comparator.comparing(Workshop::endsAt));
	}

	/** The person's next workshop whose check-in has not opened yet. */
	Optional<Workshop> next(String userId, Instant at) {
		return this.workshops.all()
			.stream()
			.filter((workshop) -> at.isBefore(AttendanceWindows.of(workshop).checkInOpens()))
			.filter((workshop) -> confirmed(workshop, userId).isPresent())
			.min(Comparator.comparing(Workshop::startsAt));
	}

	private Optional<Entry> confirmed(Workshop workshop, String userId) {
		return this.roster.entryFor(workshop.id(), userId).filter((entry) -> entry.status() == Status.CONFIRMED);
	}

}
