package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;

import tw.workshopbot.workshop.Workshop;

/**
 * When a workshop takes check-ins and check-outs, and what a time of record means. Each
 * bound is exact to the millisecond: "at or before" and "at or after" include their
 * instant, "until" excludes it.
 *
 * @param checkInOpens check-in is open from here
 * @param onTimeUntil a check-in at or before this is on time
 * @param checkInCloses check-in is open until here (the end of the session)
 * @param completeFrom a check-out at or after this is complete
 * @param checkOutCloses check-out is open until here
 */
public record AttendanceWindows(Instant checkInOpens, Instant onTimeUntil, Instant checkInCloses, Instant completeFrom,
		Instant checkOutCloses) {

	public static AttendanceWindows of(Workshop workshop) {
		return new AttendanceWindows(workshop.startsAt().minus(minutes(workshop.checkInOpensMinutesBefore())),
				workshop.startsAt().plus(minutes(workshop.lateGraceMinutes())), workshop.endsAt(),
				workshop.endsAt().minus(minutes(workshop.earlyLeaveGraceMinutes())),
				workshop.endsAt().plus(minutes(workshop.checkOutClosesMinutesAfter())));
	}

	private static Duration minutes(int minutes) {
		return Duration.ofMinutes(minutes);
	}

	public enum CheckIn {

		NOT_YET, ON_TIME, LATE, CLOSED

	}

	public enum CheckOut {

		COMPLETE, EARLY, CLOSED

	}

	public CheckIn checkIn(Instant at) {
		if (at.isBefore(this.checkInOpens)) {
			return CheckIn.NOT_YET;
		}
		if (!at.isBefore(this.checkInCloses)) {
			return CheckIn.CLOSED;
		}
		return at.isAfter(this.onTimeUntil) ? CheckIn.LATE : CheckIn.ON_TIME;
	}

	/** For someone checked in: check-out is open from their check-in on. */
	public CheckOut checkOut(Instant at) {
		if (!at.isBefore(this.checkOutCloses)) {
			return CheckOut.CLOSED;
		}
		return at.isBefore(this.completeFrom) ? CheckOut.EARLY : CheckOut.COMPLETE;
	}

	/** Whether the bot takes either at this instant: the workshop is "running". */
	public boolean takesAttendanceAt(Instant at) {
		return !at.isBefore(this.checkInOpens) && at.isBefore(this.checkOutCloses);
	}

}
