package tw.workshopbot.console;

import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.workshopbot.attendance.AttendanceBook;
import tw.workshopbot.attendance.AttendanceCorrections;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.RegistrationHistory;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Promotions;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * One registration: what it holds (the ID number masked), its history with its check-in,
 * check-out and corrections in time order, and erasing its personal data.
 */
@Controller
class RegistrationPages {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

	private final Workshops workshops;

	private final Roster roster;

	private final RegistrationHistory history;

	private final AttendanceBook book;

	private final AttendanceCorrections corrections;

	private final Registrations registrations;

	private final Promotions promotions;

	private final AuditTrail audit;

	private final ZoneId zone;

	RegistrationPages(Workshops workshops, Roster roster, RegistrationHistory history, AttendanceBook book,
			AttendanceCorrections corrections, Registrations registrations, Promotions promotions, AuditTrail audit,
			AppProperties app) {
		this.workshops = workshops;
		this.roster = roster;
		this.history = history;
		this.book = book;
		this.corrections = corrections;
		this.registrations = registrations;
		this.promotions = promotions;
		this.audit = audit;
		this.zone = app.zone();
	}

	/** A line of the history: when, what (a message key's last part), and a detail. */
	record Happened(Instant at, String shownAt, String what, String detail) {
	}

	@GetMapping("/console/workshops/{id}/registrations/{registrationNo}")
	String page(@PathVariable String id, @PathVariable String registrationNo, Model model) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		Registration registration = existing(workshop, registrationNo);
		String number = registration.registrationNo();
		List<Happened> happened = new ArrayList<>();
		this.history.of(workshop.id(), number)
			.forEach((event) -> happened.add(happened(event.at(), event.what(), event.detail())));
		this.book.checkedIn(workshop.id(), number)
			.ifPresent((mark) -> happened
				.add(happened(mark.at(), mark.missedPart() ? "checked-in-late" : "checked-in", "")));
		this.book.checkedOut(workshop.id(), number)
			.ifPresent((mark) -> happened
				.add(happened(mark.at(), mark.missedPart() ? "checked-out-early" : "checked-out", "")));
		this.corrections.all(workshop.id())
			.getOrDefault(number, List.of())
			.forEach((c) -> happened.add(happened(c.at(), c.wholeSession() ? "corrected-whole" : "corrected-not-whole",
					c.reason() + "（" + c.by() + "）")));
		happened.sort(Comparator.comparing(Happened::at));
		model.addAttribute("workshop", workshop);
		model.addAttribute("registration", registration);
		model.addAttribute("line", RosterView.line(registration, null, this.zone));
		model.addAttribute("createdAt", shown(registration.createdAt()));
		model.addAttribute("history", happened);
		return "console/registration";
	}

	@PostMapping("/console/workshops/{id}/registrations/{registrationNo}/erase")
	String erase(@PathVariable String id, @PathVariable String registrationNo, Principal who,
			RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		Registrations.Withdrawal withdrawal = this.registrations.erase(workshop,
				existing(workshop, registrationNo).registrationNo());
		this.promotions.tell(workshop, withdrawal.promoted());
		this.audit.record(who.getName(), "registration.erase",
				Promotions.audited(workshop.id() + " " + registrationNo, withdrawal.promoted()));
		redirect.addFlashAttribute("erased", true);
		redirect.addFlashAttribute("promoted", withdrawal.promoted());
		return "redirect:/console/workshops/" + workshop.id() + "/registrations/" + registrationNo;
	}

	private Registration existing(Workshop workshop, String registrationNo) {
		return this.roster.find(workshop.id(), registrationNo)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No registration " + registrationNo));
	}

	private Happened happened(Instant at, String what, String detail) {
		return new Happened(at, shown(at), what, detail);
	}

	private String shown(Instant at) {
		return (at != null) ? SHOWN.format(at.atZone(this.zone)) : "";
	}

}
