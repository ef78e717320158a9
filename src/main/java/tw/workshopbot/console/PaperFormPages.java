package tw.workshopbot.console;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tw.workshopbot.admin.PaperForms;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Paper forms that came by mail or fax, uploaded as one spreadsheet: every problem by row
 * and column and nothing stored, or every form stored with the claim codes to print.
 */
@Controller
class PaperFormPages {

	private final Workshops workshops;

	private final PaperForms paperForms;

	private final AuditTrail audit;

	PaperFormPages(Workshops workshops, PaperForms paperForms, AuditTrail audit) {
		this.workshops = workshops;
		this.paperForms = paperForms;
		this.audit = audit;
	}

	@GetMapping("/console/workshops/{id}/paper-forms")
	String page(@PathVariable String id, Model model) {
		return page(model, ConsolePages.existing(this.workshops, id), null);
	}

	@GetMapping("/console/workshops/{id}/paper-forms/template.xlsx")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String id) {
		return PaperForms.template(ConsolePages.existing(this.workshops, id));
	}

	@PostMapping("/console/workshops/{id}/paper-forms")
	String upload(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal who, Model model, HttpServletResponse response) throws IOException {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		PaperForms.Result result = (file == null) ? new PaperForms.NotStored(List.of())
				: this.paperForms.upload(workshop, file.getOriginalFilename(), file.getBytes());
		if (result instanceof PaperForms.Stored stored) {
			this.audit.record(who.getName(), "registration.import",
					workshop.id() + ": " + stored.entered().size() + " paper form(s)");
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return page(model, workshop, result);
	}

	private static String page(Model model, Workshop workshop, PaperForms.Result result) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("headers", PaperForms.headers());
		model.addAttribute("stored", (result instanceof PaperForms.Stored stored) ? stored.entered() : null);
		model.addAttribute("problems", (result instanceof PaperForms.NotStored refused) ? refused.problems() : null);
		return "console/paper-forms";
	}

}
