package tw.workshopbot.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tw.workshopbot.attendance.AttendanceCorrections.Correction;
import tw.workshopbot.attendance.AttendanceSheet.Row;

/**
 * A workshop's attendance as the console shows it during the session: how many came on
 * time, late, left early, have not checked out, did not come, walked in, and one tab of
 * them, 50 to a page. Names and offices only: no ID numbers here.
 */
record AttendanceView(String tab, int page, int pages, Map<String, Integer> counts, List<Line> lines) {

	static final List<String> TABS = List.of("all", "on-time", "late", "left-early", "not-checked-out", "no-show",
			"walk-in", "whole");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** A row; times in the workshop's zone, the latest correction in words. */
	record Line(String registrationNo, String name, String office, String checkedInAt, String checkedOutAt,
			boolean late, boolean leftEarly, boolean whole, String hours, boolean walkIn, String correction) {
	}

	static AttendanceView of(List<Row> rows, String tab, int page, ZoneId zone) {
		String shownTab = TABS.contains(tab) ? tab : TABS.get(0);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String each : TABS) {
			counts.put(each, (int) rows.stream().filter(inTab(each)).count());
		}
		List<Row> found = rows.stream().filter(inTab(shownTab)).toList();
		int pages = Math.max(1, (found.size() + RosterView.PAGE_SIZE - 1) / RosterView.PAGE_SIZE);
		int shownPage = Math.max(1, Math.min(page, pages));
		List<Line> lines = found.stream()
			.skip((long) (shownPage - 1) * RosterView.PAGE_SIZE)
			.limit(RosterView.PAGE_SIZE)
			.map((row) -> line(row, zone))
			.toList();
		return new AttendanceView(shownTab, shownPage, pages, counts, lines);
	}

	private static Predicate<Row> inTab(String tab) {
		return switch (tab) {
			case "on-time" -> (row) -> row.checkedIn() && !row.walkIn() && !row.late();
			case "late" -> Row::late;
			case "left-early" -> Row::leftEarly;
			case "not-checked-out" -> (row) -> row.checkedIn() && !row.walkIn() && row.checkedOutAt() == null;
			case "no-show" -> (row) -> !row.checkedIn();
			case "walk-in" -> Row::walkIn;
			case "whole" -> Row::wholeSession;
			default -> (row) -> true;
		};
	}

	private static Line line(Row row, ZoneId zone) {
		List<Correction> corrections = row.corrections();
		Correction latest = corrections.isEmpty() ? null : corrections.get(corrections.size() - 1);
		return new Line(row.registrationNo(), (row.name() != null) ? row.name() : "—",
				(row.office() != null) ? row.office() : "", time(row.checkedInAt(), zone),
				time(row.checkedOutAt(), zone), row.late(), row.leftEarly(), row.wholeSession(),
				row.hoursGranted().stripTrailingZeros().toPlainString(), row.walkIn(), (latest != null)
						? (latest.wholeSession() ? "✓ " : "✗ ") + latest.reason() + "（" + latest.by() + "）" : "");
	}

	private static String time(Instant instant, ZoneId zone) {
		return (instant != null) ? SHOWN.format(instant.atZone(zone)) : "";
	}

}
