package tw.workshopbot.workshop;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workshop as an iCalendar file, for 加入行事曆. Open without a token and without personal
 * data: title, time (in UTC), venue and organizer only. Made with biweekly.
 */
@RestController
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Workshops workshops;

	CalendarController(Workshops workshops) {
		this.workshops = workshops;
	}

	@GetMapping("/api/workshops/{id}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable String id) {
		return this.workshops.find(id)
			.map((workshop) -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.header("Content-Disposition", "attachment; filename=\"" + id + ".ics\"")
				.body(ics(workshop)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	static String ics(Workshop workshop) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//workshop-line-bot//zh-TW");
		calendar.setMethod(Method.publish());
		VEvent event = new VEvent();
		event.setUid(workshop.id() + "@workshop-line-bot");
		event.setSummary(workshop.title());
		event.setDateStart(Date.from(workshop.startsAt()), true);
		event.setDateEnd(Date.from(workshop.endsAt()), true);
		if (workshop.venue() != null && !workshop.venue().isBlank()) {
			event.setLocation(workshop.venue());
		}
		if (!workshop.contacts().isEmpty()) {
			event.setDescription(workshop.contacts()
				.stream()
				.map((contact) -> (contact.role() != null ? contact.role() + "：" : "") + contact.organization())
				.reduce((a, b) -> a + "\n" + b)
				.orElse(""));
		}
		calendar.addEvent(event);
		// biweekly writes times in UTC ("Z") unless given a zone: calendar apps show them
		// in
		// each reader's own zone, and no VTIMEZONE needs fetching from anywhere.
		return Biweekly.write(calendar).go();
	}

}
