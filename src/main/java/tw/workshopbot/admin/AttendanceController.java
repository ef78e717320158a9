package tw.workshopbot.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tw.workshopbot.attendance.AttendanceCodes;
import tw.workshopbot.attendance.AttendanceCodes.Codes;
import tw.workshopbot.attendance.AttendanceCorrections;
import tw.workshopbot.attendance.AttendanceCorrections.Correction;
import tw.workshopbot.attendance.AttendanceSheet;
import tw.workshopbot.attendance.AttendanceSheet.Row;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static tw.workshopbot.admin.Problems.existing;
import static tw.workshopbot.admin.Problems.problem;

/**
 * A workshop's attendance for organizers: who came, when, who earns hours, the codes
 * shown on the livestream, and corrections. ID numbers never appear here.
 */
@RestController
class AttendanceController {

	private static final String ADMIN = OrganizersController.ADMIN;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Workshops workshops;

	private final AttendanceSheet sheet;

	private final AttendanceCodes codes;

	private final AttendanceCorrections corrections;

	private final Roster roster;

	private final ZoneId zone;

	AttendanceController(Workshops workshops, AttendanceSheet sheet, AttendanceCodes codes,
			AttendanceCorrections corrections, Roster roster, AppProperties app) {
		this.workshops = workshops;
		this.sheet = sheet;
		this.codes = codes;
		this.corrections = corrections;
		this.roster = roster;
		this.zone = app.zone();
	}

	record CorrectionJson(OffsetDateTime at, String by, boolean wholeSession, String reason) {
	}

	record AttendanceJson(String registrationNo, String name, String office, OffsetDateTime checkedInAt,
			OffsetDateTime checkedOutAt, boolean late, boolean leftEarly, BigDecimal hoursGranted, boolean walkIn,
			List<CorrectionJson> corrections) {
	}

	record CorrectionRequest(Boolean wholeSession, String reason) {
	}

	@GetMapping("/api/workshops/{id}/attendance")
	List<AttendanceJson> attendance(@PathVariable String id) {
		Workshop workshop = existing(this.workshops, id);
		return this.sheet.of(workshop)
			.stream()
			.map((row) -> new AttendanceJson(row.registrationNo(), row.name(), row.office(), at(row.checkedInAt()),
					at(row.checkedOutAt()), row.late(), row.leftEarly(), row.hoursGranted(), row.walkIn(),
					row.corrections()
						.stream()
						.map((c) -> new CorrectionJson(at(c.at()), c.by(), c.wholeSession(), c.reason()))
						.toList()))
			.toList();
	}

	@GetMapping("/api/workshops/{id}/attendance.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String id) {
		Workshop workshop = existing(this.workshops, id);
		List<Row> rows = this.sheet.of(workshop);
		List<String> headers = List.of("報名編號 Registration no.", "姓名 Name", "服務機關 Office", "簽到 Checked in",
				"簽退 Checked out", "遲到 Late", "早退 Left early", "全程參與 Whole session", "核發時數 Hours granted",
				"現場參加 Walk-in", "更正 Corrections");
		Spreadsheets.Rows feed = (sink) -> rows.forEach((row) -> sink
			.accept(List.of(text(row.registrationNo()), text(row.name()), text(row.office()), time(row.checkedInAt()),
					time(row.checkedOutAt()), yes(row.late()), yes(row.leftEarly()), yes(row.wholeSession()),
					row.hoursGranted().stripTrailingZeros().toPlainString(), yes(row.walkIn()), corrections(row))));
		return Spreadsheets.download(workshop.id() + "-attendance.csv", Spreadsheets.CSV,
				(out) -> Spreadsheets.csv(headers, feed, out));
	}

	/**
	 * An organizer's correction, e.g. {@code {"wholeSession": true, "reason": "直播中斷，
	 * 主辦確認全程在線"}}: the latest one decides the hours.
	 */
	@PostMapping(path = "/api/workshops/{id}/attendance/{registrationNo}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CorrectionJson> correct(@PathVariable String id, @PathVariable String registrationNo,
			@RequestBody CorrectionRequest request) {
		Workshop workshop = existing(this.workshops, id);
		String reason = (request != null && request.reason() != null) ? request.reason().strip() : "";
		AttendanceCorrections
			.refusal(registrationNo, this.roster.find(workshop.id(), registrationNo),
					(request != null) ? request.wholeSession() : null, reason)
			.ifPresent((refused) -> {
				throw problem(switch (refused.why()) {
					case UNKNOWN -> HttpStatus.NOT_FOUND;
					case NOT_CONFIRMED -> HttpStatus.CONFLICT;
					case UNANSWERED, REASON -> HttpStatus.BAD_REQUEST;
				}, refused.message());
			});
		Correction correction = this.corrections.correct(workshop.id(), registrationNo, request.wholeSession(), reason,
				ADMIN);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new CorrectionJson(at(correction.at()), correction.by(), correction.wholeSession(),
					correction.reason()));
	}

	/**
	 * Sets the codes shown on the livestream; a missing one is not asked for. Two
	 * different codes, so that the check-in code cannot also check out.
	 */
	@PutMapping(path = "/api/workshops/{id}/attendance-codes", consumes = MediaType.APPLICATION_JSON_VALUE)
	Codes setCodes(@PathVariable String id, @RequestBody Codes request) {
		Workshop workshop = existing(this.workshops, id);
		Codes codes = (request != null) ? request : new Codes(null, null);
		AttendanceCodes.problem(codes).ifPresent((wrong) -> {
			throw problem(HttpStatus.BAD_REQUEST, wrong);
		});
		this.codes.set(workshop.id(), codes, ADMIN);
		return codes;
	}

	@GetMapping("/api/workshops/{id}/attendance-codes")
	Codes codes(@PathVariable String id) {
		return this.codes.of(existing(this.workshops, id).id());
	}

	private String corrections(Row row) {
		return row.corrections()
			.stream()
			.map((c) -> time(c.at()) + " " + c.by() + " " + (c.wholeSession() ? "全程 whole" : "非全程 not whole") + "："
					+ c.reason())
			.collect(Collectors.joining("；"));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String yes(boolean value) {
		return value ? "是" : "";
	}

	private String time(Instant instant) {
		return (instant != null) ? MINUTE.format(instant.atZone(this.zone)) : "";
	}

	private OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toOffsetDateTime() : null;
	}

}
