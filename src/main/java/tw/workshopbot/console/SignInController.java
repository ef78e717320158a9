package tw.workshopbot.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.workshopbot.console.SignInLinks.Use;
import tw.workshopbot.chat.People;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.setup.AppProperties;

/**
 * Signing in: with the one-time link the bot sent in LINE (opened, then confirmed with a
 * button, so that a link previewer cannot spend it), or with ADMIN_TOKEN for the first
 * set-up. Each refusal says why and how to get a new link, and counts towards the
 * address's lockout.
 */
@Controller
class SignInController {

	private final SignInLinks links;

	private final SignInAttempts attempts;

	private final ConsoleSessions sessions;

	private final Organizers organizers;

	private final AuditTrail audit;

	private final AppProperties app;

	private final Clock clock;

	private final People people;

	SignInController(SignInLinks links, SignInAttempts attempts, ConsoleSessions sessions, Organizers organizers,
			AuditTrail audit, AppProperties app, Clock clock, People people) {
		this.people = people;
		this.links = links;
		this.attempts = attempts;
		this.sessions = sessions;
		this.organizers = organizers;
		this.audit = audit;
		this.app = app;
		this.clock = clock;
	}

	@GetMapping("/console/sign-in")
	String signInPage(@RequestParam(required = false) String why, HttpServletRequest request, Model model) {
		Object ended = request.getAttribute(ConsoleSessions.ENDED);
		model.addAttribute("why", (ended != null) ? ended : (why != null && why.matches("[a-z-]{1,20}")) ? why : null);
		return "console/sign-in";
	}

	@PostMapping("/console/sign-in")
	String signInWithToken(@RequestParam(name = "adminToken", defaultValue = "") String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String address = request.getRemoteAddr();
		if (this.attempts.lockedOut(address)) {
			return refused("locked", response, model);
		}
		if (!this.app.hasAdminToken() || !MessageDigest.isEqual(this.app.adminToken().getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8))) {
			this.attempts.failed(address);
			return refused("token", response, model);
		}
		return signIn(ConsoleUser.ADMIN, "admin-token", request, response);
	}

	/** The link from LINE opens a page with one button: the sign-in itself is a POST. */
	@GetMapping("/console/sign-in/link")
	String linkPage(@RequestParam(name = "t", defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "console/link";
	}

	@PostMapping("/console/sign-in/link")
	String signInWithLink(@RequestParam(name = "t", defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String address = request.getRemoteAddr();
		if (this.attempts.lockedOut(address)) {
			return refused("locked", response, model);
		}
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof ConsoleUser user
				&& this.links.holder(token).filter((holder) -> !holder.equals(user.who())).isPresent()) {
			// Someone else's link, opened in a signed-in browser: neither is changed.
			return refused("someone-else", response, model);
		}
		Use use = this.links.use(token);
		if (use instanceof Use.SignedIn signedIn && this.organizers.isOrganizer(signedIn.userId())) {
			return signIn(signedIn.userId(), "line-link", request, response);
		}
		this.attempts.failed(address);
		String why = (use instanceof Use.Refused refused) ? refused.name().toLowerCase(java.util.Locale.ROOT)
				: "removed";
		return refused(why, response, model);
	}

	private String signIn(String who, String how, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			// A new session id at sign-in: one planted before it is worth nothing.
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(ConsoleSessions.signedIn(new ConsoleUser(who, this.clock.instant(),
				ConsoleUser.ADMIN.equals(who) ? who : this.people.displayNameOf(who).orElse(who))));
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
		this.audit.record(who, "console.sign-in", how);
		return "redirect:/console";
	}

	private static String refused(String why, HttpServletResponse response, Model model) {
		response.setStatus("locked".equals(why) ? 429 : 401);
		model.addAttribute("why", why);
		return "console/sign-in";
	}

}
