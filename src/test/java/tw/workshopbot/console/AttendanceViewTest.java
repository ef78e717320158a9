package tw.workshopbot.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.workshopbot.attendance.AttendanceCorrections.Correction;
import tw.workshopbot.attendance.AttendanceSheet.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** The attendance view's tabs, counted as an organizer reads them during a session. */
class AttendanceViewTest {

	private static final Instant START = Instant.parse("2026-12-08T06:00:00Z");

	private static Row row(String no, Instant in, Instant out, boolean late, boolean early, boolean whole) {
		return new Row(no, "王" + no, "西屯區公所", in, out, late, early, whole,
				whole ? BigDecimal.valueOf(2) : BigDecimal.ZERO, false, List.of(), null);
	}

	@Test
	void eachPersonIsCountedInEveryTabThatFitsThem() {
		List<Row> rows = List.of(row("1", START, START.plusSeconds(7200), false, false, true),
				row("2", START.plusSeconds(600), null, true, false, false),
				row("3", START, START.plusSeconds(3600), false, true, false), row("4", null, null, false, false, false),
				new Row(null, null, null, START, null, false, false, false, BigDecimal.ZERO, true, List.of(), null));
		AttendanceView view = AttendanceView.of(rows, "late", 1, ZoneId.of("Asia/Taipei"));
		assertThat(view.counts()).containsEntry("all", 5)
			.containsEntry("on-time", 2)
			.containsEntry("late", 1)
			.containsEntry("left-early", 1)
			.containsEntry("not-checked-out", 1)
			.containsEntry("no-show", 1)
			.containsEntry("walk-in", 1)
			.containsEntry("whole", 1);
		assertThat(view.lines()).singleElement().satisfies((line) -> {
			assertThat(line.registrationNo()).isEqualTo("2");
			assertThat(line.checkedInAt()).isEqualTo("14:10:00");
		});
	}

	@Test
	void theLatestCorrectionIsShownWithWhoMadeIt() {
		Correction first = new Correction("1", START, "U1", false, "斷線");
		Correction latest = new Correction("1", START.plusSeconds(60), "U2", true, "紙本簽到單");
		Row corrected = new Row("1", "王", "西屯區公所", null, null, false, false, true, BigDecimal.valueOf(2), false,
				List.of(first, latest), null);
		AttendanceView view = AttendanceView.of(List.of(corrected), "whole", 1, ZoneId.of("Asia/Taipei"));
		assertThat(view.lines()).singleElement()
			.satisfies((line) -> assertThat(line.correction()).isEqualTo("✓ 紙本簽到單（U2）"));
	}

	@Test
	void aLargeSessionIsShownFiftyToAPageAndAnUnknownTabIsAll() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			rows.add(row(Integer.toString(i), null, null, false, false, false));
		}
		AttendanceView view = AttendanceView.of(rows, "<script>", 9, ZoneId.of("Asia/Taipei"));
		assertThat(view.tab()).isEqualTo("all");
		assertThat(view.pages()).isEqualTo(3);
		assertThat(view.page()).as("past the last page is the last").isEqualTo(3);
		assertThat(view.lines()).hasSize(20);
	}

}
