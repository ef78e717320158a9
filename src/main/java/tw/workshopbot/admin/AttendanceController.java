package tw.workshopbot.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tw.workshopbot.attendance.AttendanceSheet;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static tw.workshopbot.admin.Problems.existing;

/** A workshop's attendance for organizers: who came, when, and who earns hours. */
@RestController
class AttendanceController {

	private final Workshops workshops;

	private final AttendanceSheet sheet;

	private final ZoneId zone;

	AttendanceController(Workshops workshops, AttendanceSheet sheet, AppProperties app) {
		this.workshops = workshops;
		this.sheet = sheet;
		this.zone = app.zone();
	}

	record AttendanceJson(String registrationNo, String name, String office, OffsetDateTime checkedInAt,
			OffsetDateTime checkedOutAt, boolean late, boolean leftEarly, BigDecimal hoursGranted, boolean walkIn) {
	}

	@GetMapping("/api/workshops/{id}/attendance")
	List<AttendanceJson> attendance(@PathVariable String id) {
		Workshop workshop = existing(this.workshops, id);
		return this.sheet.of(workshop)
			.stream()
			.map((row) -> new AttendanceJson(row.registrationNo(), row.name(), row.office(), at(row.checkedInAt()),
					at(row.checkedOutAt()), row.late(), row.leftEarly(), row.hoursGranted(), row.walkIn()))
			.toList();
	}

	private OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toOffsetDateTime() : null;
	}

}
