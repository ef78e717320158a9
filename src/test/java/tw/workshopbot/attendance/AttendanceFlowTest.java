package tw.workshopbot.attendance;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.attendance.AttendanceFlow.Already;
import tw.workshopbot.attendance.AttendanceFlow.AskCode;
import tw.workshopbot.attendance.AttendanceFlow.Closed;
import tw.workshopbot.attendance.AttendanceFlow.ConfirmEarly;
import tw.workshopbot.attendance.AttendanceFlow.NotYet;
import tw.workshopbot.attendance.AttendanceFlow.Record;
import tw.workshopbot.attendance.AttendanceFlow.SeatState;
import tw.workshopbot.attendance.Pending.Question;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-in and check-out decided without Spring, Redis or a clock: a session from 14:00
 * to 16:00 whose check-in opens at 13:30, is on time until 14:10 and closes at the end;
 * leaving is complete from 15:50 and check-out closes at 16:30.
 */
class AttendanceFlowTest {

	private static final AttendanceWindows WINDOWS = new AttendanceWindows(at("13:30"), at("14:10"), at("16:00"),
			at("15:50"), at("16:30"));

	private static Instant at(String time) {
		return Instant.parse("2026-12-10T" + time + ":00Z");
	}

	private static Pending tap(String time, boolean checkIn) {
		return new Pending(null, checkIn, at(time), null, false);
	}

	private static SeatState seat(Mark checkedIn, boolean codeAsked, boolean hours) {
		return new SeatState(WINDOWS, Optional.ofNullable(checkedIn), codeAsked, hours);
	}

	@Test
	void aCheckInIsOnTimeThenLateAndNeitherBeforeItOpensNorAfterTheEnd() {
		assertThat(AttendanceFlow.checkIn(tap("13:29", true), "W1", seat(null, false, true)))
			.isEqualTo(new NotYet(at("13:30")));
		assertThat(AttendanceFlow.checkIn(tap("14:05", true), "W1", seat(null, false, true)))
			.isEqualTo(new Record(new Mark(at("14:05"), false)));
		assertThat(AttendanceFlow.checkIn(tap("14:11", true), "W1", seat(null, false, true)))
			.isEqualTo(new Record(new Mark(at("14:11"), true)));
		assertThat(AttendanceFlow.checkIn(tap("16:00", true), "W1", seat(null, false, true)))
			.isInstanceOf(Closed.class);
	}

	@Test
	void aSecondCheckInSaysWhenTheFirstWas() {
		assertThat(AttendanceFlow.checkIn(tap("14:30", true), "W1", seat(new Mark(at("13:45"), false), true, true)))
			.isEqualTo(new Already(at("13:45")));
	}

	@Test
	void aCodeIsAskedOnceAndTheTapsTimeIsKeptWhileItIs() {
		var asked = AttendanceFlow.checkIn(tap("14:05", true), "W1", seat(null, true, true));
		assertThat(asked).isInstanceOf(AskCode.class);
		Pending waiting = ((AskCode) asked).asking();
		assertThat(waiting.question()).isEqualTo(Question.CODE);
		assertThat(waiting.at()).isEqualTo(at("14:05"));

		// The code typed at 14:12 checks in as of 14:05: on time.
		assertThat(AttendanceFlow.checkIn(waiting.withCode(), "W1", seat(null, true, true)))
			.isEqualTo(new Record(new Mark(at("14:05"), false)));
	}

	@Test
	void leavingEarlyIsAskedFirstAndCostsTheHours() {
		Mark onTime = new Mark(at("13:55"), false);
		var asked = AttendanceFlow.checkOut(tap("15:00", false), "W1", false, seat(onTime, false, true));
		assertThat(asked).isInstanceOf(ConfirmEarly.class);
		assertThat(((ConfirmEarly) asked).asking().question()).isEqualTo(Question.LEAVE_EARLY);

		var left = AttendanceFlow.checkOut(tap("15:00", false), "W1", true, seat(onTime, false, true));
		assertThat(left).isEqualTo(new Record(new Mark(at("15:00"), true)));
		assertThat(AttendanceFlow.checkedOut(((Record) left).mark(), Optional.of(onTime), true))
			.isEqualTo("attendance.checkOut.early");
	}

	@Test
	void onlyAWholeSessionEarnsTheHours() {
		Mark complete = new Mark(at("15:55"), false);
		assertThat(AttendanceFlow.checkedOut(complete, Optional.of(new Mark(at("13:55"), false)), true))
			.isEqualTo("attendance.checkOut.hours");
		assertThat(AttendanceFlow.checkedOut(complete, Optional.of(new Mark(at("14:20"), true)), true))
			.isEqualTo("attendance.checkOut.afterLate");
		assertThat(AttendanceFlow.checkedOut(complete, Optional.of(new Mark(at("13:55"), false)), false))
			.isEqualTo("attendance.checkOut.complete");
		assertThat(AttendanceFlow.checkedIn(new Mark(at("14:20"), true), true))
			.isEqualTo("attendance.checkIn.lateNoHours");
	}

	@Test
	void checkOutClosesHalfAnHourAfterTheEnd() {
		assertThat(AttendanceFlow.checkOut(tap("16:30", false), "W1", false, seat(null, false, false)))
			.isInstanceOf(Closed.class);
	}

}
