package tw.workshopbot.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.organizer.Organizers.Invitation;
import tw.workshopbot.organizer.Organizers.Organizer;

/**
 * Organizers: invitations (a one-time code a person sends the bot as {@code 管理員 123456}),
 * the list, removal, and the audit trail of what organizers did.
 */
@RestController
class OrganizersController {

	/** The admin API acts as one person in the audit trail. */
	static final String ADMIN = "admin";

	private final Organizers organizers;

	private final AuditTrail audit;

	OrganizersController(Organizers organizers, AuditTrail audit) {
		this.organizers = organizers;
		this.audit = audit;
	}

	@PostMapping("/api/organizers/invitations")
	ResponseEntity<Invitation> invite() {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.organizers.invite(ADMIN));
	}

	@GetMapping("/api/organizers")
	List<Organizer> list() {
		return this.organizers.all();
	}

	@DeleteMapping("/api/organizers/{userId}")
	ResponseEntity<Void> remove(@PathVariable String userId) {
		return switch (this.organizers.remove(userId, ADMIN)) {
			case REMOVED -> ResponseEntity.noContent().build();
			case UNKNOWN -> throw Problems.problem(HttpStatus.NOT_FOUND, "No organizer " + userId);
			case CONFIGURED -> throw Problems.problem(HttpStatus.CONFLICT,
					userId + " is listed in ORGANIZER_USER_IDS: remove it there");
		};
	}

	@GetMapping("/api/audit")
	List<AuditTrail.Entry> audit(@RequestParam(defaultValue = "100") int count) {
		return this.audit.latest(Math.max(1, Math.min(count, 1000)));
	}

}
