package tw.workshopbot.console;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Promotions;
import tw.workshopbot.workshop.CatalogOffices;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Creating, editing and copying a workshop from the console: the form shows the API's own
 * problems beside each field and keeps what was typed; a larger capacity seats the
 * waitlist at once and tells those promoted.
 */
@Controller
class WorkshopEditing {

	private final Workshops workshops;

	private final CatalogOffices catalogOffices;

	private final Promotions promotions;

	private final AuditTrail audit;

	private final ZoneId zone;

	private final Clock clock;

	WorkshopEditing(Workshops workshops, CatalogOffices catalogOffices, Promotions promotions, AuditTrail audit,
			AppProperties app, Clock clock) {
		this.workshops = workshops;
		this.catalogOffices = catalogOffices;
		this.promotions = promotions;
		this.audit = audit;
		this.zone = app.zone();
		this.clock = clock;
	}

	@GetMapping("/console/workshops/new")
	String blank(Model model) {
		return form(model, WorkshopForm.blank(this.catalogOffices.all(), this.clock.instant(), this.zone), null,
				Map.of());
	}

	@GetMapping("/console/workshops/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		return form(model, WorkshopForm.of(workshop, this.zone, false), workshop, Map.of());
	}

	/** The next session of a series: the same workshop a week later, to adjust. */
	@GetMapping("/console/workshops/{id}/copy")
	String copy(@PathVariable String id, Model model) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		return form(model, WorkshopForm.of(workshop, this.zone, true), null, Map.of());
	}

	@PostMapping("/console/workshops")
	String create(@ModelAttribute("form") WorkshopForm form, Principal who, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		WorkshopForm.Reading reading = form.read(this.zone);
		if (!reading.isValid()) {
			return refused(model, form, null, reading.problems(), response);
		}
		String id = (reading.json().id() != null) ? reading.json().id() : this.workshops.newId();
		Workshop workshop = reading.json().toWorkshop(id, this.catalogOffices.all());
		if (!this.workshops.insert(workshop)) {
			return refused(model, form, null, Map.of("id", List.of("a workshop with id " + id + " exists")), response);
		}
		this.audit.record(who.getName(), "workshop.create", workshop.id());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/console/workshops/" + workshop.id();
	}

	@PostMapping("/console/workshops/{id}")
	String save(@PathVariable String id, @ModelAttribute("form") WorkshopForm form, Principal who, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Workshop stored = ConsolePages.existing(this.workshops, id);
		WorkshopForm.Reading reading = form.withId(stored.id()).read(this.zone);
		if (!reading.isValid()) {
			return refused(model, form, stored, reading.problems(), response);
		}
		Workshop workshop = reading.json().toWorkshop(stored.id(), this.catalogOffices.all());
		if (!this.workshops.replace(workshop)) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<String> promoted = this.promotions.fillFreedSeats(workshop);
		this.audit.record(who.getName(), "workshop.update", Promotions.audited(workshop.id(), promoted));
		redirect.addFlashAttribute("saved", true);
		redirect.addFlashAttribute("promoted", promoted);
		return "redirect:/console/workshops/" + workshop.id();
	}

	private String refused(Model model, WorkshopForm form, Workshop editing, Map<String, List<String>> problems,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, form, editing, problems);
	}

	private static String form(Model model, WorkshopForm form, Workshop editing, Map<String, List<String>> problems) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("problems", problems);
		return "console/workshop-form";
	}

}
