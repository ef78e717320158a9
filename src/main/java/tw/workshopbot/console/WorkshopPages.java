package tw.workshopbot.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.workshopbot.attendance.AttendanceBook;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.RegistrationSummary;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Promotions;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * The console's workshops: the list (upcoming, running, ended) and a workshop's page (its
 * counts, offices, deadline, and the roster with tabs, search and paging), and a
 * cancellation from it, which promotes and tells the first on the waitlist as a
 * cancellation in chat does.
 */
@Controller
class WorkshopPages {

	private final Workshops workshops;

	private final Roster roster;

	private final Registrations registrations;

	private final Promotions promotions;

	private final AttendanceBook book;

	private final AuditTrail audit;

	private final AppProperties app;

	private final Clock clock;

	WorkshopPages(Workshops workshops, Roster roster, Registrations registrations, Promotions promotions,
			AttendanceBook book, AuditTrail audit, AppProperties app, Clock clock) {
		this.workshops = workshops;
		this.roster = roster;
		this.registrations = registrations;
		this.promotions = promotions;
		this.book = book;
		this.audit = audit;
		this.app = app;
		this.clock = clock;
	}

	/** A workshop in the list, with its state and counts. */
	record Listed(Workshop workshop, String state, String when, RegistrationSummary summary) {
	}

	@GetMapping("/console")
	String workshops(Model model) {
		Instant now = this.clock.instant();
		List<Listed> listed = this.workshops.all()
			.stream()
			.sorted(java.util.Comparator.comparing(Workshop::startsAt))
			.map((workshop) -> new Listed(workshop, ConsolePages.state(workshop, now), workshop.when(this.app.zone()),
					RegistrationSummary.of(workshop, this.roster.all(workshop.id()))))
			.toList();
		model.addAttribute("upcoming", listed.stream().filter((w) -> w.state().equals("upcoming")).toList());
		model.addAttribute("running", listed.stream().filter((w) -> w.state().equals("running")).toList());
		List<Listed> ended = new java.util.ArrayList<>(
				listed.stream().filter((w) -> w.state().equals("ended")).toList());
		java.util.Collections.reverse(ended);
		model.addAttribute("ended", ended);
		return "console/workshops";
	}

	@GetMapping("/console/workshops/{id}")
	String workshop(@PathVariable String id, @RequestParam(defaultValue = "confirmed") String tab,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		Workshop workshop = existing(id);
		Instant now = this.clock.instant();
		List<Registration> all = this.roster.all(workshop.id());
		RegistrationSummary summary = RegistrationSummary.of(workshop, all);
		// The check-ins alone: the attendance sheet would read the roster a second time.
		Map<String, Instant> checkIns = new HashMap<>();
		this.book.allCheckIns(workshop.id()).forEach((number, mark) -> checkIns.put(number, mark.at()));
		model.addAttribute("workshop", workshop);
		model.addAttribute("when", workshop.when(this.app.zone()));
		model.addAttribute("state", ConsolePages.state(workshop, now));
		model.addAttribute("summary", summary);
		model.addAttribute("capacityLeft",
				(workshop.capacity() != null) ? Math.max(0, workshop.capacity() - summary.confirmed()) : null);
		model.addAttribute("closesIn", closesIn(workshop, now));
		model.addAttribute("roster", RosterView.of(all, checkIns, tab, q, page, this.app.zone()));
		return "console/workshop";
	}

	@PostMapping("/console/workshops/{id}/registrations/{registrationNo}/cancel")
	String cancel(@PathVariable String id, @PathVariable String registrationNo, Principal who,
			RedirectAttributes redirect) {
		Workshop workshop = existing(id);
		Registrations.Withdrawal withdrawal = this.registrations.cancel(workshop, registrationNo);
		if (!withdrawal.found()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No registration " + registrationNo);
		}
		this.promotions.tell(workshop, withdrawal.promoted());
		this.audit.record(who.getName(), "registration.cancel",
				Promotions.audited(workshop.id() + " " + registrationNo, withdrawal.promoted()));
		redirect.addFlashAttribute("cancelled", registrationNo);
		redirect.addFlashAttribute("promoted", withdrawal.promoted());
		return "redirect:/console/workshops/" + workshop.id();
	}

	private Workshop existing(String id) {
		return ConsolePages.existing(this.workshops, id);
	}

	/** Days and hours until the registration deadline; null once it passed. */
	private static String closesIn(Workshop workshop, Instant now) {
		Duration left = Duration.between(now, workshop.registrationClosesAt());
		if (left.isNegative() || left.isZero()) {
			return null;
		}
		return left.toDays() + "d " + left.toHoursPart() + "h " + left.toMinutesPart() + "m";
	}

}
