package tw.workshopbot.console;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import tw.workshopbot.organizer.Organizers;

/**
 * Console sessions as Spring Security reads them from the HTTP session (which Spring
 * Session keeps in Redis), checked on every request: a session older than
 * {@link ConsoleProperties#longestSession()}, or of an organizer removed meanwhile, ends
 * there, and the request goes on signed out.
 */
@Component
class ConsoleSessions implements SecurityContextRepository {

	/** Why the last session ended, for the sign-in page to say. */
	static final String ENDED = "console.ended";

	private final HttpSessionSecurityContextRepository stored = new HttpSessionSecurityContextRepository();

	private final Organizers organizers;

	private final ConsoleProperties properties;

	private final Clock clock;

	ConsoleSessions(Organizers organizers, ConsoleProperties properties, Clock clock) {
		this.organizers = organizers;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The same sessions for the admin API's downloads and other reads: a GET may use the
	 * console's session, anything that changes data needs the bearer token (the API takes
	 * no CSRF token).
	 */
	SecurityContextRepository forReads() {
		// First what the bearer filter put on this request (an async or error dispatch of
		// it reads it there), then a console session for a GET.
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new SecurityContextRepository() {
					@Override
					@Deprecated
					public SecurityContext loadContext(HttpRequestResponseHolder holder) {
						return loadDeferredContext(holder.getRequest()).get();
					}

					@Override
					public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
						if (HttpMethod.GET.matches(request.getMethod())) {
							return ConsoleSessions.this.loadDeferredContext(request);
						}
						SecurityContext empty = SecurityContextHolder.createEmptyContext();
						return new DeferredSecurityContext() {

							@Override
							public SecurityContext get() {
								return empty;
							}

							@Override
							public boolean isGenerated() {
								return true;
							}

						};
					}

					@Override
					public void saveContext(SecurityContext context, HttpServletRequest request,
							HttpServletResponse response) {
						// The API never signs anyone in to the console.
					}

					@Override
					public boolean containsContext(HttpServletRequest request) {
						return HttpMethod.GET.matches(request.getMethod())
								&& ConsoleSessions.this.containsContext(request);
					}
				});
	}

	static Authentication signedIn(ConsoleUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_ORGANIZER")));
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = this.stored.loadDeferredContext(request);
		return new DeferredSecurityContext() {

			private SecurityContext checked;

			@Override
			public SecurityContext get() {
				if (this.checked == null) {
					this.checked = checked(request, stored.get());
				}
				return this.checked;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null || stored.isGenerated();
			}

		};
	}

	private SecurityContext checked(HttpServletRequest request, SecurityContext context) {
		Authentication authentication = context.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ConsoleUser user)) {
			return context;
		}
		String ended = endedBecause(user);
		if (ended == null) {
			return context;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		request.setAttribute(ENDED, ended);
		return SecurityContextHolder.createEmptyContext();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.stored.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.stored.containsContext(request);
	}

	private String endedBecause(ConsoleUser user) {
		if (!this.clock.instant().isBefore(user.signedInAt().plus(this.properties.longestSession()))) {
			return "expired-session";
		}
		if (!user.isAdmin() && !this.organizers.isOrganizer(user.who())) {
			return "removed";
		}
		return null;
	}

}
