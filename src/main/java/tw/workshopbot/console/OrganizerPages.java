package tw.workshopbot.console;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.setup.AppProperties;

/**
 * The organizers: who they are and how they became one, an invitation (its code and the
 * {@code 管理員 <code>} message to send the new organizer), a removal, and the audit trail,
 * newest first. The same {@link Organizers} rules as the API's.
 */
@Controller
class OrganizerPages {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

	private final Organizers organizers;

	private final AuditTrail audit;

	private final ZoneId zone;

	OrganizerPages(Organizers organizers, AuditTrail audit, AppProperties app) {
		this.organizers = organizers;
		this.audit = audit;
		this.zone = app.zone();
	}

	/** An audit entry as the page shows it. */
	record Shown(String at, String who, String action, String detail) {
	}

	@GetMapping("/console/organizers")
	String organizers(Model model) {
		model.addAttribute("organizers", this.organizers.all());
		model.addAttribute("audit",
				this.audit.latest(100)
					.stream()
					.map((entry) -> new Shown(SHOWN.format(entry.at().atZone(this.zone)), entry.who(), entry.action(),
							entry.detail()))
					.toList());
		return "console/organizers";
	}

	@PostMapping("/console/organizers/invitations")
	String invite(Principal who, RedirectAttributes redirect) {
		Organizers.Invitation invitation = this.organizers.invite(who.getName());
		redirect.addFlashAttribute("invitation", invitation.code());
		redirect.addFlashAttribute("expiresAt", SHOWN.format(invitation.expiresAt().atZone(this.zone)));
		return "redirect:/console/organizers";
	}

	@PostMapping("/console/organizers/{userId}/remove")
	String remove(@PathVariable String userId, Principal who, RedirectAttributes redirect) {
		redirect.addFlashAttribute("removal", this.organizers.remove(userId, who.getName()).name().toLowerCase());
		return "redirect:/console/organizers";
	}

}
