package tw.workshopbot.console;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for every signed-in page's header. */
@ControllerAdvice(assignableTypes = { WorkshopPages.class, OrganizerPages.class })
class SignedInModel {

	@ModelAttribute("who")
	String who(Principal principal) {
		return (principal != null) ? principal.getName() : "";
	}

}
