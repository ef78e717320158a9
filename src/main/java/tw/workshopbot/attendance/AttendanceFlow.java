package tw.workshopbot.attendance;

import java.time.Instant;
import java.util.Optional;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.attendance.Pending.Question;

/**
 * What a check-in or check-out comes to, decided from the tap and what is known of the
 * seat: pure functions, no Redis, no clock (the tap's time is the time of record). The
 * desk reads the facts, records what is decided and says it.
 */
final class AttendanceFlow {

	private AttendanceFlow() {
	}

	/**
	 * What is known of the person's seat when they tap.
	 *
	 * @param checkedIn their check-in, if they have one
	 * @param codeAsked whether the organizers set a code for this direction
	 */
	record SeatState(AttendanceWindows windows, Optional<Mark> checkedIn, boolean codeAsked, boolean learningHours) {
	}

	/** What to do about a tap. */
	sealed interface Decision {

	}

	/** Check-in has not opened: say when it does. */
	record NotYet(Instant opens) implements Decision {
	}

	/** The window for this direction has closed. */
	record Closed() implements Decision {
	}

	/** Checked in before: say when. */
	record Already(Instant at) implements Decision {
	}

	/** Ask for the code shown on the livestream; the tap waits in {@code asking}. */
	record AskCode(Pending asking) implements Decision {
	}

	/** Leaving before the end costs the hours: ask first. */
	record ConfirmEarly(Pending asking) implements Decision {
	}

	/** Record this mark. */
	record Record(Mark mark) implements Decision {
	}

	static Decision checkIn(Pending tap, String workshopId, SeatState seat) {
		AttendanceWindows.CheckIn verdict = seat.windows().checkIn(tap.at());
		if (verdict == AttendanceWindows.CheckIn.NOT_YET) {
			return new NotYet(seat.windows().checkInOpens());
		}
		if (verdict == AttendanceWindows.CheckIn.CLOSED) {
			return new Closed();
		}
		if (seat.checkedIn().isPresent()) {
			return new Already(seat.checkedIn().get().at());
		}
		if (!tap.codeGiven() && seat.codeAsked()) {
			return new AskCode(tap.asking(Question.CODE, workshopId));
		}
		return new Record(new Mark(tap.at(), verdict == AttendanceWindows.CheckIn.LATE));
	}

	/**
	 * @param confirmed the person tapped 「仍要簽退」 for this workshop
	 */
	static Decision checkOut(Pending tap, String workshopId, boolean confirmed, SeatState seat) {
		AttendanceWindows.CheckOut verdict = seat.windows().checkOut(tap.at());
		if (verdict == AttendanceWindows.CheckOut.CLOSED) {
			return new Closed();
		}
		if (!tap.codeGiven() && seat.codeAsked()) {
			return new AskCode(tap.asking(Question.CODE, workshopId));
		}
		boolean early = verdict == AttendanceWindows.CheckOut.EARLY;
		if (early && !confirmed) {
			return new ConfirmEarly(tap.asking(Question.LEAVE_EARLY, workshopId));
		}
		return new Record(new Mark(tap.at(), early));
	}

	/** What a recorded check-in means for the person's hours: the message's key. */
	static String checkedIn(Mark recorded, boolean learningHours) {
		if (!recorded.missedPart()) {
			return "attendance.checkIn.onTime";
		}
		return learningHours ? "attendance.checkIn.lateNoHours" : "attendance.checkIn.late";
	}

	/**
	 * What a recorded check-out means: early, the whole session (with hours when asked
	 * for), or after a late check-in.
	 */
	static String checkedOut(Mark recorded, Optional<Mark> checkedIn, boolean learningHours) {
		if (recorded.missedPart()) {
			return "attendance.checkOut.early";
		}
		boolean onTime = checkedIn.map((mark) -> !mark.missedPart()).orElse(false);
		if (learningHours && onTime) {
			return "attendance.checkOut.hours";
		}
		return onTime ? "attendance.checkOut.complete" : "attendance.checkOut.afterLate";
	}

}
