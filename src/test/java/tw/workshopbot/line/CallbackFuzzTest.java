package tw.workshopbot.line;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.FuzzedBodies;
import tw.workshopbot.support.FuzzedBodies.Fuzzed;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Correctly signed webhook bodies, mutated: LINE's sample events and the service's own
 * (報名, its buttons' postbacks), with values of the wrong type, nulls, unknown types, huge
 * and odd Unicode, invalid UTF-8, deep nesting, many events, cut short. None may get a
 * 5xx or an internal detail, none may be set aside as unhandleable, every request the
 * service sends LINE meanwhile must follow LINE's spec (checked after each test), and
 * afterwards the bot is healthy and answers a normal 報名.
 * <p>
 * The seed is printed; {@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.inputs=…} tries
 * more.
 */
class CallbackFuzzTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIXTURES = List.of("follow", "unfollow", "join", "leave", "member-joined",
			"member-left", "message-text", "message-image", "message-sticker", "message-edited", "postback", "unsend");

	private static final List<String> OWN_TEXTS = List.of("報名", "我的報名", "簽到", "簽退", "取消報名", "help", "連結");

	private static final List<String> OWN_POSTBACKS = List.of("s=review", "mine=keep", "mine=view&w=T1", "erase=keep",
			"erase=confirmed");

	@Test
	void signedMutatedBodiesNeverGetA5xxOrAnInternalDetailAndTheBotStillAnswers() {
		String seed = System.getProperty("fuzz.seed", Long.toString(new SecureRandom().nextLong()));
		int inputs = Integer.getInteger("fuzz.inputs", 1500);
		Map<Integer, Integer> statuses = new TreeMap<>();
		JqwikSession.run(seed, () -> {
			Arbitrary<Fuzzed> bodies = FuzzedBodies.of(seeds());
			for (int i = 0; i < inputs; i++) {
				Fuzzed fuzzed = bodies.sample();
				HttpResponse<String> response = this.webhook.post(fuzzed.body(), LineWebhook.sign(fuzzed.body()));
				assertThat(response.statusCode()).as("seed %s, input %d: %s", seed, i, fuzzed.shown()).isLessThan(500);
				assertThat(response.body()).as("seed %s, input %d", seed, i).isEmpty();
				statuses.merge(response.statusCode(), 1, Integer::sum);
			}
		});
		System.out.printf("CallbackFuzzTest: %d signed, mutated bodies tried (seed %s; -Dfuzz.seed=%s replays them);"
				+ " answers by status: %s%n", inputs, seed, seed, statuses);

		await().atMost(Duration.ofSeconds(60)).until(this::nothingPending);
		assertThat(this.redis.keys("wb:inbox:*:dead")).as("events set aside, seed %s", seed).isEmpty();
		assertThat(status("/actuator/health")).isEqualTo(200);
		assertThat(new ChatUser("Ufuzzafter0001", this.webhook, new StringBuilder()).says("報名").text())
			.contains("目前沒有開放報名");
	}

	@Test
	void aThousandEventsInOneBodyAreAllAnswered() {
		ObjectNode body = JSON.createObjectNode().put("destination", LineWebhook.DESTINATION);
		for (int i = 0; i < 1000; i++) {
			body.withArray("events").add(WebhookEvent.text("Uthousand%04d".formatted(i), "報名").fromUserOrGroupAsIs());
		}
		byte[] bytes = JSON.writeValueAsBytes(body);

		assertThat(this.webhook.post(bytes, LineWebhook.sign(bytes)).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(tw.workshopbot.support.LineApi.requestsTo("/v2/bot/message/reply")).hasSize(1000));
	}

	private static List<Supplier<JsonNode>> seeds() {
		List<Supplier<JsonNode>> seeds = new java.util.ArrayList<>();
		for (String fixture : FIXTURES) {
			seeds.add(() -> body(WebhookEvent.fixture(fixture).fromUserOrGroupAsIs()));
		}
		for (String text : OWN_TEXTS) {
			seeds.add(() -> body(WebhookEvent.text("Ufuzz0001", text).fromUserOrGroupAsIs()));
		}
		for (String data : OWN_POSTBACKS) {
			seeds.add(() -> body(WebhookEvent.postback("Ufuzz0002", data).fromUserOrGroupAsIs()));
		}
		return seeds;
	}

	private static JsonNode body(JsonNode event) {
		ObjectNode body = JSON.createObjectNode().put("destination", LineWebhook.DESTINATION);
		body.putArray("events").add(event);
		return body;
	}

	private int status(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
