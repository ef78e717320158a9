package tw.workshopbot.simulator;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import tw.workshopbot.privacy.DataCipher;

/**
 * The simulator's parts, and its security: its page and the stand-in for LINE answer
 * without the admin token (it runs on a developer's machine or a rehearsal's, and the
 * stand-in checks its own bearer token as LINE does). When it does not run, its paths
 * still pass security so that they answer 404, not 401: nothing is there.
 */
@Configuration(proxyBeanMethods = false)
class SimulatorConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@WhenSimulating
	SimulatorStore simulatorStore(StringRedisTemplate redis, JsonMapper json, DataCipher cipher) {
		return new SimulatorStore(redis, json, cipher);
	}

	@Bean
	@WhenSimulating
	ChatEvents chatEvents() {
		return new ChatEvents();
	}

	/** Closing starts with this event, before the web server drains its requests. */
	@Bean
	@WhenSimulating
	org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent> closePageStreams(
			ChatEvents events) {
		return (closed) -> events.closeAll();
	}

	/** Every time decision of the service reads this clock while the simulator runs. */
	@Bean
	@Primary
	@WhenSimulating
	SimulatedClock simulatedClock(StringRedisTemplate redis) {
		return new SimulatedClock(Clock.systemUTC(), new ClockOffset(redis));
	}

	@Bean
	@Order(0)
	@WhenSimulating
	SecurityFilterChain simulatorFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/simulator/**"), PATHS.matcher("/simulator"),
				PATHS.matcher("/v2/bot/**"), PATHS.matcher("/webjars/**")))
			// The stand-in is called by the SDK, not a browser: no CSRF token there.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(PATHS.matcher("/v2/bot/**")))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(0)
	@ConditionalOnProperty(name = SimulatorEnvironment.ACTIVE, havingValue = "false", matchIfMissing = true)
	SecurityFilterChain absentSimulatorFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/simulator/**"), PATHS.matcher("/simulator"),
				PATHS.matcher("/v2/bot/**")))
			.csrf((csrf) -> csrf.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
