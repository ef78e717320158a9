package tw.workshopbot.workshop;

import java.util.Date;

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
		return foldByOctets(unfolded(calendar));
	}

	private static String unfolded(ICalendar calendar) {
		java.io.StringWriter out = new java.io.StringWriter();
		try (biweekly.io.text.ICalWriter writer = new biweekly.io.text.ICalWriter(out, biweekly.ICalVersion.V2_0)) {
			writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
			writer.write(calendar);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * RFC 5545 §3.1: lines longer than 75 octets are folded, a CRLF and a space before
	 * each continuation, never inside a UTF-8 character. biweekly counts characters, so a
	 * line of Chinese would be about three times too long.
	 */
	static String foldByOctets(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
		for (String line : unfolded.split("\r\n", -1)) {
			int octets = 0;
			int limit = MAX_LINE_OCTETS;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = utf8Length(codePoint);
				if (octets + size > limit) {
					folded.append("\r\n ");
					octets = 0;
					limit = MAX_LINE_OCTETS - 1; // the leading space counts
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			folded.append("\r\n");
		}
		// split kept the empty piece after the last CRLF: drop its line break
		folded.setLength(folded.length() - 2);
		return folded.toString();
	}

	private static final int MAX_LINE_OCTETS = 75;

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}

}
