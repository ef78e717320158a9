package tw.workshopbot.setup;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;

import tw.workshopbot.WorkshopBotApplication;
import tw.workshopbot.privacy.MissingEncryptionKeyException;
import tw.workshopbot.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With REDIS_URL set the service is shared: it must not start without a data key. */
class SharedDeploymentStartupTest {

	@Test
	void refusesToStartWithRedisUrlButNoEncryptionKey() {
		TestRedis.url(); // REDIS_URL is set, as in a shared deployment
		SpringApplication app = new SpringApplication(WorkshopBotApplication.class);

		assertThatThrownBy(() -> app.run("--server.port=0", "--DATA_ENCRYPTION_KEY=", "--DATA_ENCRYPTION_KEY_FILE="))
			.hasRootCauseInstanceOf(MissingEncryptionKeyException.class)
			.rootCause()
			.hasMessageContaining("DATA_ENCRYPTION_KEY_FILE");
	}

}
