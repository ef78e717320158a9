package tw.workshopbot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import tw.workshopbot.setup.AppProperties;

/**
 * Stateless bearer-token security; a read (GET) may instead come with a console session.
 * The webhook proves itself by LINE's signature, not by this; the error dispatch is open
 * so that a refused webhook shows its real status, not 401.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	private static final String BEARER = "Bearer ";

	/**
	 * The webhook runs no security filter at all: LINE proves itself by the signature the
	 * endpoint checks over the raw body, the endpoint keeps no session, sets no cookie
	 * and serves no browser, so every filter would only spend time on LINE's 2-second
	 * clock. Declared as an empty chain (not ignored) so that the firewall still sees it.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain webhookFilterChain() {
		return new DefaultSecurityFilterChain(PathPatternRequestMatcher.pathPattern("/callback"));
	}

	/**
	 * Request timing comes from http.server.requests; per-filter observations cost more
	 * than they tell.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The console's sessions as this chain may read them (a GET only), by bean name: the
	 * console is built on this package, not the other way round.
	 */
	public static final String CONSOLE_READS = "consoleSessionsForReads";

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager adminTokens,
			@Qualifier(CONSOLE_READS) SecurityContextRepository consoleReads) {
		HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		AuthenticationFilter bearer = new AuthenticationFilter(adminTokens, (request) -> {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				return null;
			}
			return new PreAuthenticatedAuthenticationToken("admin", header.substring(BEARER.length()).trim());
		});
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// The console's downloads are these endpoints: a GET may come with its
			// session.
			.securityContext((context) -> context.securityContextRepository(consoleReads))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterAt(bearer, BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				// A calendar file holds a workshop's title, time and venue: nothing
				// personal,
				// and calendar apps cannot send a token.
				.requestMatchers(HttpMethod.GET, "/api/workshops/*/calendar.ics")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	/** Compares in constant time; with no ADMIN_TOKEN configured nothing is accepted. */
	@Bean
	AuthenticationManager adminTokens(AppProperties app) {
		byte[] expected = app.hasAdminToken() ? app.adminToken().getBytes(StandardCharsets.UTF_8) : null;
		return (authentication) -> {
			Object presented = authentication.getCredentials();
			if (expected == null || !(presented instanceof String token)
					|| !MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
				throw new BadCredentialsException("Invalid admin token");
			}
			return new PreAuthenticatedAuthenticationToken("admin", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
		};
	}

}
