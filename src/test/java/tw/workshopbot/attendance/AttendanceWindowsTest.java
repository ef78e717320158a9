package tw.workshopbot.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.workshopbot.attendance.AttendanceWindows.CheckIn;
import tw.workshopbot.attendance.AttendanceWindows.CheckOut;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/** The window edges, to the millisecond, with the defaults and with grace. */
class AttendanceWindowsTest {

	private static final Instant STARTS = Instant.parse("2026-12-02T06:30:00Z"); // 14:30
																					// Taipei

	private static final Instant ENDS = Instant.parse("2026-12-02T08:30:00Z");

	private static Workshop workshop(Integer lateGrace, Integer earlyGrace) {
		return new Workshop("E", "邊界", null, STARTS, ENDS, STARTS.minusSeconds(86400), null, BigDecimal.valueOf(2),
				null, List.of(), List.of(), null, null, null, null, lateGrace, earlyGrace, null, null);
	}

	@Test
	void checkInOpensHalfAnHourBeforeAndIsOnTimeUpToTheStartInclusive() {
		AttendanceWindows windows = AttendanceWindows.of(workshop(null, null));

		assertThat(windows.checkIn(STARTS.minusSeconds(1800).minusMillis(1))).isEqualTo(CheckIn.NOT_YET);
		assertThat(windows.checkIn(STARTS.minusSeconds(1800))).isEqualTo(CheckIn.ON_TIME);
		assertThat(windows.checkIn(STARTS)).isEqualTo(CheckIn.ON_TIME);
		assertThat(windows.checkIn(STARTS.plusMillis(1))).isEqualTo(CheckIn.LATE);
		assertThat(windows.checkIn(ENDS.minusMillis(1))).isEqualTo(CheckIn.LATE);
		assertThat(windows.checkIn(ENDS)).isEqualTo(CheckIn.CLOSED);
	}

	@Test
	void checkOutIsCompleteFromTheEndInclusiveAndClosesAnHourLater() {
		AttendanceWindows windows = AttendanceWindows.of(workshop(null, null));

		assertThat(windows.checkOut(ENDS.minusMillis(1))).isEqualTo(CheckOut.EARLY);
		assertThat(windows.checkOut(ENDS)).isEqualTo(CheckOut.COMPLETE);
		assertThat(windows.checkOut(ENDS.plusSeconds(3600).minusMillis(1))).isEqualTo(CheckOut.COMPLETE);
		assertThat(windows.checkOut(ENDS.plusSeconds(3600))).isEqualTo(CheckOut.CLOSED);
	}

	@Test
	void graceMovesTheLateAndEarlyEdges() {
		AttendanceWindows windows = AttendanceWindows.of(workshop(5, 10));

		assertThat(windows.checkIn(STARTS.plusSeconds(300))).isEqualTo(CheckIn.ON_TIME);
		assertThat(windows.checkIn(STARTS.plusSeconds(300).plusMillis(1))).isEqualTo(CheckIn.LATE);
		assertThat(windows.checkOut(ENDS.minusSeconds(600).minusMillis(1))).isEqualTo(CheckOut.EARLY);
		assertThat(windows.checkOut(ENDS.minusSeconds(600))).isEqualTo(CheckOut.COMPLETE);
	}

}
