package tw.workshopbot.console;

import jakarta.servlet.http.HttpServletRequest;

import tw.workshopbot.admin.SecurityConfiguration;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The console's guard: a session (in Redis) signed in by a link or ADMIN_TOKEN, CSRF
 * tokens on every form, sign-out. A page asked for signed out goes to the sign-in page; a
 * download or an htmx fragment answers 401.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleSessions sessions) throws Exception {
		http.securityMatcher("/console/**")
			.securityContext((context) -> context.securityContextRepository(sessions))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl("/console/sign-in?signedOut"))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						ConsoleSecurity::downloadOrFragment)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/sign-in"),
						AnyRequestMatcher.INSTANCE))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PathPatternRequestMatcher.pathPattern("/console/sign-in"),
						PathPatternRequestMatcher.pathPattern("/console/sign-in/**"))
				.permitAll()
				.anyRequest()
				.hasRole("ORGANIZER"));
		return http.build();
	}

	/** The admin API's downloads are read with a console session, for GETs only. */
	@Bean(SecurityConfiguration.CONSOLE_READS)
	SecurityContextRepository consoleSessionsForReads(ConsoleSessions sessions) {
		return sessions.forReads();
	}

	/**
	 * A file or a piece of a page has nowhere to show a sign-in page: a spreadsheet would
	 * download the page's HTML, and htmx would paste it into the page.
	 */
	private static boolean downloadOrFragment(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.endsWith(".csv") || path.endsWith(".xlsx") || "true".equals(request.getHeader("HX-Request"));
	}

}
