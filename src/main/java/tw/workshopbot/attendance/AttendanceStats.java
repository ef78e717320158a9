package tw.workshopbot.attendance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceSheet.Row;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.workshop.Workshop;

/**
 * A workshop's attendance in numbers, for organizers in chat: while it runs (出席統計) and
 * once check-out has closed.
 */
@Component
public class AttendanceStats {

	private final AttendanceSheet sheet;

	private final BotTexts texts;

	AttendanceStats(AttendanceSheet sheet, BotTexts texts) {
		this.sheet = sheet;
		this.texts = texts;
	}

	/**
	 * @param notCheckedOut checked in and not (yet) out
	 * @param noShows confirmed and never checked in
	 * @param hoursGranted people granted learning hours
	 */
	public record Counts(int onTime, int late, int leftEarly, int notCheckedOut, int noShows, int walkIns,
			int wholeSession, int hoursGranted) {

		static Counts of(List<Row> rows) {
			int onTime = 0;
			int late = 0;
			int leftEarly = 0;
			int notCheckedOut = 0;
			int noShows = 0;
			int walkIns = 0;
			int whole = 0;
			int hours = 0;
			for (Row row : rows) {
				if (row.walkIn()) {
					walkIns++;
					continue;
				}
				onTime += (row.checkedIn() && !row.late()) ? 1 : 0;
				late += row.late() ? 1 : 0;
				leftEarly += row.leftEarly() ? 1 : 0;
				notCheckedOut += (row.checkedIn() && row.checkedOutAt() == null) ? 1 : 0;
				noShows += row.checkedIn() ? 0 : 1;
				whole += row.wholeSession() ? 1 : 0;
				hours += (row.hoursGranted().compareTo(BigDecimal.ZERO) > 0) ? 1 : 0;
			}
			return new Counts(onTime, late, leftEarly, notCheckedOut, noShows, walkIns, whole, hours);
		}

	}

	public Counts of(Workshop workshop) {
		return Counts.of(this.sheet.of(workshop));
	}

	/** The numbers in a sentence, in one language. */
	public String describe(Workshop workshop, Locale locale) {
		Counts counts = of(workshop);
		return this.texts.in(locale, "attendance.stats", workshop.title(), counts.onTime(), counts.late(),
				counts.leftEarly(), counts.notCheckedOut(), counts.noShows(), counts.walkIns(), counts.wholeSession(),
				counts.hoursGranted());
	}

}
