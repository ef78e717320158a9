package tw.workshopbot.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.attendance.AttendanceCorrections.Correction;
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

	private final AttendanceCorrections corrections;

	AttendanceSheet(Roster roster, AttendanceBook book, AttendanceCorrections corrections) {
		this.roster = roster;
		this.book = book;
		this.corrections = corrections;
	}

	/**
	 * One person's attendance.
	 *
	 * @param registrationNo null for a walk-in
	 * @param name null for a walk-in or an erased registration
	 * @param wholeSession on time and complete, or corrected to say so
	 * @param registration null for a walk-in
	 */
	public record Row(String registrationNo, String name, String office, Instant checkedInAt, Instant checkedOutAt,
			boolean late, boolean leftEarly, boolean wholeSession, BigDecimal hoursGranted, boolean walkIn,
			List<Correction> corrections, Registration registration) {

		public boolean checkedIn() {
			return this.checkedInAt != null;
		}

	}

	public List<Row> of(Workshop workshop) {
		Map<String, Mark> checkIns = this.book.allCheckIns(workshop.id());
		Map<String, Mark> checkOuts = this.book.allCheckOuts(workshop.id());
		Map<String, List<Correction>> corrected = this.corrections.all(workshop.id());
		List<Row> rows = new ArrayList<>();
		for (Registration registration : this.roster.all(workshop.id())) {
			if (registration.status() != Status.CONFIRMED) {
				continue;
			}
			String number = registration.registrationNo();
			Mark in = checkIns.get(number);
			Mark out = checkOuts.get(number);
			List<Correction> said = corrected.getOrDefault(number, List.of());
			boolean whole = said.isEmpty() ? in != null && !in.missedPart() && out != null && !out.missedPart()
					: said.get(said.size() - 1).wholeSession();
			BigDecimal hours = (whole && registration.learningHours()) ? workshop.learningHours() : BigDecimal.ZERO;
			rows.add(new Row(number, registration.name(), registration.office(), (in != null) ? in.at() : null,
					(out != null) ? out.at() : null, in != null && in.missedPart(), out != null && out.missedPart(),
					whole, hours, false, said, registration));
		}
		this.book.allWalkIns(workshop.id())
			.values()
			.forEach((mark) -> rows.add(new Row(null, null, null, mark.at(), null, false, false, false, BigDecimal.ZERO,
					true, List.of(), null)));
		return rows;
	}

}
