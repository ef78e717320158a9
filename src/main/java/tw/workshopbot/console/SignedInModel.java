package tw.workshopbot.console;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for every console page's header (empty on the sign-in pages). */
@ControllerAdvice(basePackageClasses = SignedInModel.class)
class SignedInModel {

	@ModelAttribute("who")
	String who(Principal principal) {
		if (principal instanceof org.springframework.security.core.Authentication authentication
				&& authentication.getPrincipal() instanceof ConsoleUser user) {
			return user.shownAs();
		}
		return (principal != null) ? principal.getName() : "";
	}

}
