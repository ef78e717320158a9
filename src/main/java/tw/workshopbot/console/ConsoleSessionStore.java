package tw.workshopbot.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Console sessions in the service's Redis (Spring Session), so that several instances
 * share them and a restart keeps them: under {@code wb:console:session}, ending after
 * {@link ConsoleProperties#idleTimeout()} unused. The cookie is HttpOnly, SameSite=Lax,
 * and Secure whenever the request came over HTTPS (through the proxy's forwarded
 * headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableRedisHttpSession
class ConsoleSessionStore {

	@Bean
	SessionRepositoryCustomizer<RedisSessionRepository> consoleSessionSettings(ConsoleProperties properties) {
		return (repository) -> {
			repository.setRedisKeyNamespace("wb:console:session");
			repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
		};
	}

	@Bean
	CookieSerializer consoleCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("WB_CONSOLE");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
