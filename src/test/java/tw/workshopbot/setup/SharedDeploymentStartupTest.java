package tw.workshopbot.setup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tw.workshopbot.WorkshopBotApplication;
import tw.workshopbot.privacy.MissingEncryptionKeyException;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.TestRedis;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
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

	/**
	 * Without LINE credentials the service still starts (to say what is missing) and
	 * refuses every webhook, signed or not.
	 */
	@Test
	void startsWithoutLineCredentialsAndRefusesWebhooks() throws Exception {
		TestRedis.url();
		SpringApplication app = new SpringApplication(WorkshopBotApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0", "--LINE_CHANNEL_SECRET=",
				"--LINE_CHANNEL_ACCESS_TOKEN=", "--DATA_ENCRYPTION_KEY=q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			byte[] body = LineWebhook.body(WebhookEvent.text("Unocredentials", "報名")).getBytes(StandardCharsets.UTF_8);
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callback"))
					.header("x-line-signature", LineWebhook.sign(body))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(), HttpResponse.BodyHandlers.discarding());

			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

}
