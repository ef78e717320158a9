package tw.workshopbot.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tw.workshopbot.attendance.AttendanceSheet;
import tw.workshopbot.attendance.AttendanceSheet.Row;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.CatalogLearningHours;
import tw.workshopbot.workshop.LearningHoursLayout;
import tw.workshopbot.workshop.LearningHoursLayout.Column;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static tw.workshopbot.admin.Problems.existing;

/**
 * The learning-hours list an organizer uploads to the civil servants' learning portal:
 * those who asked for hours and attended the whole session (or were corrected to have).
 * The one place the full ID number and birth date appear, so every download is in the
 * audit trail.
 */
@RestController
class LearningHoursController {

	private static final String ADMIN = OrganizersController.ADMIN;

	private final Workshops workshops;

	private final AttendanceSheet sheet;

	private final CatalogLearningHours catalog;

	private final AuditTrail audit;

	private final ZoneId zone;

	LearningHoursController(Workshops workshops, AttendanceSheet sheet, CatalogLearningHours catalog, AuditTrail audit,
			AppProperties app) {
		this.workshops = workshops;
		this.sheet = sheet;
		this.catalog = catalog;
		this.audit = audit;
		this.zone = app.zone();
	}

	@GetMapping("/api/workshops/{id}/learning-hours.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String id, java.security.Principal who) {
		return download(id, "csv", Spreadsheets.CSV, who);
	}

	@GetMapping("/api/workshops/{id}/learning-hours.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id, java.security.Principal who) {
		return download(id, "xlsx", Spreadsheets.XLSX, who);
	}

	/**
	 * The audit trail names who downloaded: {@code admin} for the bearer token, or the
	 * organizer.
	 */
	private ResponseEntity<StreamingResponseBody> download(String id, String extension, MediaType type,
			java.security.Principal who) {
		Workshop workshop = existing(this.workshops, id);
		LearningHoursLayout layout = this.catalog.layout();
		List<String> headers = layout.columns().stream().map(Column::header).toList();
		List<List<String>> rows = this.sheet.of(workshop)
			.stream()
			.filter((row) -> row.registration() != null && row.registration().learningHours() && row.wholeSession())
			.map((row) -> layout.columns().stream().map((column) -> cell(column, row, workshop, layout)).toList())
			.toList();
		this.audit.record((who != null) ? who.getName() : ADMIN, "learning-hours.download",
				workshop.id() + "." + extension + ": " + rows.size() + " people");
		Spreadsheets.Rows feed = (row) -> rows.forEach(row);
		return Spreadsheets.download(workshop.id() + "-learning-hours." + extension, type,
				"csv".equals(extension) ? (out) -> Spreadsheets.csv(headers, feed, out)
						: (out) -> Spreadsheets.xlsx(headers, feed, "學習時數", out));
	}

	private String cell(Column column, Row row, Workshop workshop, LearningHoursLayout layout) {
		Applicant applicant = row.registration().applicant();
		LocalDate day = workshop.startsAt().atZone(this.zone).toLocalDate();
		return switch (column.field()) {
			case NATIONAL_ID ->
				(applicant != null && applicant.nationalId() != null) ? applicant.nationalId().value() : missing(row);
			case BIRTH_DATE -> (applicant != null && applicant.birthDate() != null)
					? layout.date(applicant.birthDate().value()) : missing(row);
			case NAME -> (row.name() != null) ? row.name() : "";
			case OFFICE -> row.office();
			case SECTION -> (applicant != null) ? applicant.section() : "";
			case TITLE -> (applicant != null) ? applicant.title() : "";
			case COURSE -> workshop.title();
			case DATE -> layout.date(day);
			case HOURS -> row.hoursGranted().stripTrailingZeros().toPlainString();
			case REGISTRATION_NO -> row.registrationNo();
		};
	}

	/** Why an ID number or birth date is not there. */
	private static String missing(Row row) {
		if (row.registration().isPurged()) {
			return RosterColumns.PURGED;
		}
		return row.registration().isErased() ? RosterColumns.ERASED : RosterColumns.PENDING;
	}

}
