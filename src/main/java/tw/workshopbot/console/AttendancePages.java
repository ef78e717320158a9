package tw.workshopbot.console;

import java.security.Principal;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.workshopbot.attendance.AttendanceCodes;
import tw.workshopbot.attendance.AttendanceCodes.Codes;
import tw.workshopbot.attendance.AttendanceCorrections;
import tw.workshopbot.attendance.AttendanceSheet;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Attendance during the session: the counts and one tab of people, refreshed by the page
 * every few seconds; the codes shown on the livestream; a correction with its reason. The
 * same rules as the API's.
 */
@Controller
class AttendancePages {

	private final Workshops workshops;

	private final AttendanceSheet sheet;

	private final AttendanceCodes codes;

	private final AttendanceCorrections corrections;

	private final Roster roster;

	private final ZoneId zone;

	AttendancePages(Workshops workshops, AttendanceSheet sheet, AttendanceCodes codes,
			AttendanceCorrections corrections, Roster roster, AppProperties app) {
		this.workshops = workshops;
		this.sheet = sheet;
		this.codes = codes;
		this.corrections = corrections;
		this.roster = roster;
		this.zone = app.zone();
	}

	@GetMapping("/console/workshops/{id}/attendance")
	String page(@PathVariable String id, @RequestParam(defaultValue = "all") String tab,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		model.addAttribute("workshop", workshop);
		model.addAttribute("attendance", AttendanceView.of(this.sheet.of(workshop), tab, page, this.zone));
		model.addAttribute("codes", this.codes.of(workshop.id()));
		return "console/attendance";
	}

	@PostMapping("/console/workshops/{id}/attendance-codes")
	String setCodes(@PathVariable String id, @RequestParam(defaultValue = "") String checkIn,
			@RequestParam(defaultValue = "") String checkOut, Principal who, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		Codes codes = new Codes(blankIsNull(checkIn), blankIsNull(checkOut));
		Optional<String> problem = AttendanceCodes.problem(codes);
		if (problem.isPresent()) {
			return refused(model, workshop, response, "codesProblem", problem.get());
		}
		this.codes.set(workshop.id(), codes, who.getName());
		redirect.addFlashAttribute("codesSet", true);
		return "redirect:/console/workshops/" + workshop.id() + "/attendance";
	}

	@PostMapping("/console/workshops/{id}/attendance-corrections")
	String correct(@PathVariable String id, @RequestParam(defaultValue = "") String registrationNo,
			@RequestParam(required = false) Boolean wholeSession, @RequestParam(defaultValue = "") String reason,
			Principal who, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		Optional<Registration> registration = this.roster.find(workshop.id(), registrationNo.strip());
		Optional<String> problem = AttendanceCorrections
			.refusal(registrationNo.strip(), registration, wholeSession, reason.strip())
			.map(AttendanceCorrections.Refused::message);
		if (problem.isPresent()) {
			model.addAttribute("typedNo", registrationNo);
			model.addAttribute("typedReason", AttendanceCorrections.hasIdNumber(reason) ? "" : reason);
			return refused(model, workshop, response, "correctionProblem", problem.get());
		}
		this.corrections.correct(workshop.id(), registration.get().registrationNo(), wholeSession, reason.strip(),
				who.getName());
		redirect.addFlashAttribute("corrected", registration.get().registrationNo());
		return "redirect:/console/workshops/" + workshop.id() + "/attendance";
	}

	private String refused(Model model, Workshop workshop, HttpServletResponse response, String what, String problem) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute(what, problem);
		return page(workshop.id(), "all", 1, model);
	}

	private static String blankIsNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
