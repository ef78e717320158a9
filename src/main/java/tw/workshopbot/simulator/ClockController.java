package tw.workshopbot.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * The simulator's clock on the page: the service's time, the moments of each coming
 * workshop to move to (T−lead, start, end, end + 60 min), and a typed amount.
 */
@Controller
@WhenSimulating
class ClockController {

	private final SimulatedClock clock;

	private final Workshops workshops;

	private final ChatEvents events;

	private final ZoneId zone;

	ClockController(SimulatedClock clock, Workshops workshops, ChatEvents events, AppProperties app) {
		this.clock = clock;
		this.workshops = workshops;
		this.events = events;
		this.zone = app.zone();
	}

	@GetMapping("/simulator/clock")
	String clockPane(Model model) {
		model.addAttribute("clock", view());
		return "simulator/page :: clock";
	}

	@PostMapping("/simulator/clock")
	String moveClock(@RequestParam(required = false) String to, @RequestParam(required = false) String by,
			Model model) {
		boolean moved;
		if (to != null && !to.isBlank()) {
			moved = this.clock.moveTo(parseInstant(to));
		}
		else {
			moved = this.clock.advance(SimulatedClock.parseAmount(by));
		}
		if (!moved) {
			throw new IllegalArgumentException("the clock only moves forward");
		}
		this.events.clockMoved();
		model.addAttribute("clock", view());
		return "simulator/page :: clock";
	}

	Map<String, Object> view() {
		Instant now = this.clock.instant();
		List<Map<String, String>> marks = new ArrayList<>();
		for (Workshop workshop : this.workshops.all()) {
			if (workshop.hasEnded(now)) {
				continue;
			}
			String title = workshop.title();
			mark(marks, now, title + " T−" + workshop.streamLinkLeadMinutes(), workshop.streamLinkSendsAt());
			mark(marks, now, title + " 開始 start", workshop.startsAt());
			mark(marks, now, title + " 結束 end", workshop.endsAt());
			mark(marks, now, title + " 結束 +60", workshop.endsAt().plus(Duration.ofMinutes(60)));
		}
		return Map.of("now", ChatLine.SHOWN.format(now.atZone(this.zone)), "zone", this.zone.getId(), "marks", marks);
	}

	private void mark(List<Map<String, String>> marks, Instant now, String label, Instant at) {
		if (at.isAfter(now)) {
			marks
				.add(Map.of("label", label, "at", at.toString(), "shown", ChatLine.SHOWN.format(at.atZone(this.zone))));
		}
	}

	private static Instant parseInstant(String typed) {
		try {
			return Instant.parse(typed.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("to: an instant such as 2026-12-01T06:20:00Z");
		}
	}

}
