package tw.workshopbot.setup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tw.workshopbot.WorkshopBotApplication;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.FreezableRedis;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.TestRedis;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service started before its Redis (a host rebooting, Redis still loading its AOF)
 * starts all the same, says it is not ready and why, and becomes ready, catalog loaded,
 * once Redis answers: nobody has to restart it.
 */
class RedisLaterTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsWithoutRedisSaysItIsNotReadyAndWhyThenIsReadyOnceRedisAnswers() throws Exception {
		TestRedis.url(); // the test run's Redis, which this service is not given
		int redisPort = FreezableRedis.freePort();
		SpringApplication app = new SpringApplication(WorkshopBotApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--REDIS_URL=redis://127.0.0.1:" + redisPort, "--LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET,
				"--LINE_CHANNEL_ACCESS_TOKEN=test-access-token", "--ADMIN_TOKEN=" + IntegrationTest.ADMIN_TOKEN,
				"--DATA_ENCRYPTION_KEY=q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=",
				"--LINE_API_BASE_URL=" + LineApi.baseUrl(), "--LINE_API_DATA_BASE_URL=" + LineApi.baseUrl())) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();

			HttpResponse<String> notReady = get(port, "/actuator/health/readiness");
			assertThat(notReady.statusCode()).isEqualTo(503);
			assertThat(notReady.body()).contains("\"redis\":{\"status\":\"DOWN\"}",
					"\"startup\":{\"status\":\"DOWN\"}");
			assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(get(port, "/actuator/health").statusCode()).as("the overall health agrees").isEqualTo(503);

			try (FreezableRedis redis = FreezableRedis.start(redisPort)) {
				await().atMost(Duration.ofSeconds(20))
					.until(() -> get(port, "/actuator/health/readiness").statusCode() == 200);
				assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
				HttpResponse<byte[]> workshops = new AdminApi(port).send("GET", "/api/workshops", null);
				assertThat(new String(workshops.body(), StandardCharsets.UTF_8)).contains("109年區公所期初討論工作坊");

				LineApi.reset();
				WebhookEvent signUp = WebhookEvent.text("Ulater0001", "報名");
				assertThat(new LineWebhook(port).deliver(signUp).statusCode()).isEqualTo(200);
				await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).anySatisfy(
						(reply) -> assertThat(reply.getRequest().getBodyAsString()).contains(signUp.replyToken())
							.contains("目前沒有開放報名")));
			}
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
