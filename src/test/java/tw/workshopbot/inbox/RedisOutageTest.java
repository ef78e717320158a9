package tw.workshopbot.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.TestRedis;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis goes away mid-stream and comes back: LINE always gets 200, never a 5xx; people
 * whose events could not be kept are told the system is busy; nothing acknowledged before
 * is lost.
 */
class RedisOutageTest extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void redisIsBack() {
		TestRedis.start();
	}

	@Test
	void answersBusyWhileRedisIsAwayAndLosesNothingAcknowledgedBefore() throws Exception {
		LineApi.repliesTakeMillis(300);
		List<WebhookEvent> backlog = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			backlog.add(WebhookEvent.text("Ubacklog", "message " + i));
		}
		assertThat(this.webhook.deliver(backlog.toArray(WebhookEvent[]::new)).statusCode()).isEqualTo(200);

		TestRedis.stop();
		WebhookEvent duringOutage = WebhookEvent.text("Uoutage", "報名");
		int status = this.webhook.deliver(duringOutage).statusCode();

		assertThat(status).isEqualTo(200);
		await().untilAsserted(() -> assertThat(replyBodies())
			.anySatisfy((body) -> assertThat(body).contains(duringOutage.replyToken()).contains("系統忙碌，請稍後再試")));
		assertThat(get("/actuator/health/readiness")).isEqualTo(503);
		assertThat(get("/actuator/health/liveness")).isEqualTo(200);
		for (String path : List.of("/api/workshops", "/api/groups", "/api/audit")) {
			HttpResponse<byte[]> admin = new AdminApi(this.port).send("GET", path, null);
			assertThat(admin.statusCode()).as(path).isEqualTo(503);
			assertThat(admin.headers().firstValue("Retry-After")).as(path).hasValue("5");
			assertThat(new String(admin.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("稍後再試");
		}

		TestRedis.start();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(replyBodies()).allSatisfy((body) -> assertThat(body).doesNotContain("Internal"))
						.satisfies((bodies) -> backlog.forEach((event) -> assertThat(bodies)
							.anySatisfy((body) -> assertThat(body).contains(event.replyToken())))));
		WebhookEvent afterwards = WebhookEvent.text("Uoutage", "報名");
		assertThat(this.webhook.deliver(afterwards).statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(replyBodies())
			.anySatisfy((body) -> assertThat(body).contains(afterwards.replyToken()).contains("目前沒有開放報名")));
		assertThat(get("/actuator/health/readiness")).isEqualTo(200);
	}

	private static List<String> replyBodies() {
		return LineApi.requestsTo("/v2/bot/message/reply")
			.stream()
			.map((e) -> e.getRequest().getBodyAsString())
			.toList();
	}

	private int get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
