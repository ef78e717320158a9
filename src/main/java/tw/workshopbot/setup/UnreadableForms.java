package tw.workshopbot.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form body that is not UTF-8 (or has a broken %-escape) is refused with 400 before
 * anything reads it. Left to Tomcat, the first {@code getParameter} anywhere threw an
 * exception whose message quotes the form, and the form may carry an ID number: it was
 * logged at ERROR (found by AdminApiFuzzTest).
 */
@Component
// After the filter that sets UTF-8 (first of all), so that the form is read as UTF-8.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableForms extends OncePerRequestFilter {

	private final MessageSource messages;

	UnreadableForms(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isForm(request)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				refuse(response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType("text/plain;charset=UTF-8");
		String text = this.messages.getMessage("web.formUnreadable", null, Locale.TAIWAN) + "\n"
				+ this.messages.getMessage("web.formUnreadable", null, Locale.ENGLISH) + "\n";
		response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
	}

}
