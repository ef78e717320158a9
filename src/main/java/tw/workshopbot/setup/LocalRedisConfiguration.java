package tw.workshopbot.setup;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Local mode's own Redis server, kept in the data directory so that nothing is lost
 * across runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalMode.class)
class LocalRedisConfiguration {

	@Bean(destroyMethod = "stop")
	RedisServerProcess localRedisServer(AppProperties properties) {
		return RedisServerProcess.onFreePort(properties.dataDir().resolve("redis"), false).start();
	}

	@Bean
	DataRedisConnectionDetails localRedisConnectionDetails(RedisServerProcess server) {
		return new DataRedisConnectionDetails() {
			@Override
			public Standalone getStandalone() {
				return Standalone.of("127.0.0.1", server.port());
			}
		};
	}

}
