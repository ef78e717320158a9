package tw.workshopbot.setup;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/**
	 * UTC on purpose: instants are zone-free and display code converts with
	 * {@link AppProperties#zone()}.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
