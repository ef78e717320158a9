package tw.workshopbot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in answers as LINE does where the bot's behaviour depends on it: a reply
 * token once and within a minute of its event, a retry key once, a recipient that exists,
 * a bearer token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/line-stand-in-test" })
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
