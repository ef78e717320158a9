package tw.workshopbot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in answers as LINE does where the bot's behaviour depends on it: a reply
 * token once and within a minute of its event, a retry key once, a recipient that exists,
 * a bearer token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/line-stand-in-test",
				"LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET })
class LineStandInTest {

	static {
		org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/line-stand-in-test"));
	}

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private SimulatorStore store;

	@Autowired
	private SimulatedClock clock;

	private static final String TEXT = "{\"type\":\"text\",\"text\":\"你好\"}";

	@Test
	void aReplyTokenWorksOnceAndOnlyWithinAMinuteOfItsEvent() throws Exception {
		TestPerson person = person();
		this.store.issueToken("once", person.userId(), this.clock.instant());
		this.store.issueToken("late", person.userId(), this.clock.instant());

		assertThat(post("/v2/bot/message/reply", reply("once"), null).statusCode()).isEqualTo(200);
		HttpResponse<String> again = post("/v2/bot/message/reply", reply("once"), null);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Invalid reply token");

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(post("/v2/bot/message/reply", reply("late"), null).statusCode()).isEqualTo(400);
		assertThat(this.store.lines(person.userId())).hasSize(1);
	}

	@Test
	void aRetryKeySeenBeforeIsConflictAndNothingIsDeliveredTwice() throws Exception {
		TestPerson person = person();
		String key = UUID.randomUUID().toString();
		String push = "{\"to\":\"" + person.userId() + "\",\"messages\":[" + TEXT + "]}";

		assertThat(post("/v2/bot/message/push", push, key).statusCode()).isEqualTo(200);
		HttpResponse<String> again = post("/v2/bot/message/push", push, key);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("x-line-accepted-request-id")).isPresent();
		assertThat(this.store.lines(person.userId())).hasSize(1);
	}

	@Test
	void anUnknownRecipientOrAMissingTokenIsRefused() throws Exception {
		String push = "{\"to\":\"U" + "f".repeat(32) + "\",\"messages\":[" + TEXT + "]}";
		assertThat(post("/v2/bot/message/push", push, null).statusCode()).isEqualTo(400);

		HttpResponse<String> anonymous = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v2/bot/info")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	/**
	 * The bot's own path: an event whose token the stand-in no longer honours earns
	 * LINE's "Invalid reply token", and the bot answers by push instead, once, as in
	 * production.
	 */
	@Test
	void aStaleReplyTokenIsRefusedAndTheBotAnswersByPushInstead() {
		TestPerson person = person();
		this.store.issueToken("stale", person.userId(), this.clock.instant().minus(Duration.ofMinutes(2)));
		int before = this.store.requests().size();

		new LineWebhook(this.port)
			.deliver(WebhookEvent.text(person.userId(), "說明").replyToken("stale").at(this.clock.instant()));

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> sentSince(before).stream().anyMatch((request) -> request.path().endsWith("/push")));
		assertThat(sentSince(before)).filteredOn((request) -> request.path().startsWith("/v2/bot/message/"))
			.extracting(SentRequest::path, SentRequest::status, SentRequest::answer)
			.satisfiesExactly(
					(reply) -> assertThat(reply.toList()).containsExactly("/v2/bot/message/reply", 400,
							"{\"message\":\"Invalid reply token\"}"),
					(push) -> assertThat(push.toList().subList(0, 2)).containsExactly("/v2/bot/message/push", 200));
		assertThat(this.store.lines(person.userId())).singleElement()
			.satisfies((line) -> assertThat(line.via()).isEqualTo("push"));
	}

	/** What the bot sent after the first {@code before} requests, oldest first. */
	private List<SentRequest> sentSince(int before) {
		List<SentRequest> newestFirst = this.store.requests();
		List<SentRequest> since = new java.util.ArrayList<>(newestFirst.subList(0, newestFirst.size() - before));
		java.util.Collections.reverse(since);
		return since;
	}

	private TestPerson person() {
		TestPerson person = new TestPerson(SimulatorStore.newUserId(), "測試", "zh-TW", false);
		this.store.save(person);
		return person;
	}

	private static String reply(String token) {
		return "{\"replyToken\":\"" + token + "\",\"messages\":[" + TEXT + "]}";
	}

	private HttpResponse<String> post(String path, String body, String retryKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + SimulatorEnvironment.LOCAL_TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (retryKey != null) {
			request.header("X-Line-Retry-Key", retryKey);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
