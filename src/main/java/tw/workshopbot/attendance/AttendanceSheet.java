package tw.workshopbot.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Status;
import tw.workshopbot.workshop.Workshop;

/**
 * A workshop's attendance, one row per confirmed registration and one per walk-in, with
 * the whole-session rule applied: hours only for those who asked for them, checked in on
 * time and checked out complete.
 */
@Component
public class AttendanceSheet {

	private final Roster roster;

	private final AttendanceBook book;

	AttendanceSheet(Roster roster, AttendanceBook book) {
		this.roster = roster;
		this.book = book;
	}

	/**
	 * One person's attendance.
	 *
	 * @param registrationNo null for a walk-in
	 * @param name null for a walk-in or an erased registration
	 */
	public record Row(String registrationNo, String name, String office, Instant checkedInAt, Instant checkedOutAt,
			boolean late, boolean leftEarly, BigDecimal hoursGranted, boolean walkIn) {
	}

	public List<Row> of(Workshop workshop) {
		Map<String, Mark> checkIns = this.book.allCheckIns(workshop.id());
		Map<String, Mark> checkOuts = this.book.allCheckOuts(workshop.id());
		List<Row> rows = new ArrayList<>();
		for (Registration registration : this.roster.all(workshop.id())) {
			if (registration.status() != Status.CONFIRMED) {
				continue;
			}
			Mark in = checkIns.get(registration.registrationNo());
			Mark out = checkOuts.get(registration.registrationNo());
			boolean whole = in != null && !in.missedPart() && out != null && !out.missedPart();
			BigDecimal hours = (whole && registration.learningHours()) ? workshop.learningHours() : BigDecimal.ZERO;
			rows.add(new Row(registration.registrationNo(),
					registration.isErased() ? null : registration.applicant().name(), registration.office(),
					(in != null) ? in.at() : null, (out != null) ? out.at() : null, in != null && in.missedPart(),
					out != null && out.missedPart(), hours, false));
		}
		this.book.allWalkIns(workshop.id())
			.values()
			.forEach((mark) -> rows
				.add(new Row(null, null, null, mark.at(), null, false, false, BigDecimal.ZERO, true)));
		return rows;
	}

}
