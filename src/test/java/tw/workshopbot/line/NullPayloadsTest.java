package tw.workshopbot.line;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.JsonPaths;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every signed body that parses as JSON is acknowledged with 200 or refused with a 4xx,
 * whatever is null in it: each field of each event type in turn, and a null in each list.
 * Nothing a client sends gets a 5xx, and no event is set aside as unhandleable.
 */
class NullPayloadsTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIXTURES = List.of("follow", "unfollow", "join", "leave", "member-joined",
			"member-left", "message-text", "message-image", "message-sticker", "message-edited", "postback", "unsend");

	static Stream<Arguments> eventsWithANull() {
		List<Arguments> cases = new ArrayList<>();
		for (String fixture : FIXTURES) {
			JsonNode original = JSON.valueToTree(WebhookEvent.fixture(fixture).fromUserOrGroupAsIs());
			for (String path : JsonPaths.of(original)) {
				cases.add(Arguments.of(fixture, path));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1} = null")
	@MethodSource("eventsWithANull")
	void aNullAnywhereInAnEventIsAcknowledged(String fixture, String path) {
		ObjectNode event = (ObjectNode) JSON.valueToTree(WebhookEvent.fixture(fixture).fromUserOrGroupAsIs());
		JsonPaths.set(event, path, JSON.nullNode());
		ObjectNode body = JSON.createObjectNode().put("destination", LineWebhook.DESTINATION);
		body.putArray("events").add(event);

		int status = this.webhook.post(JSON.writeValueAsString(body)).statusCode();

		assertThat(status).isIn(200, 400);
		await().until(this::nothingPending);
		assertThat(this.redis.keys("wb:inbox:*:dead")).as("events set aside").isEmpty();
	}

	@Test
	void nullListsAndNullEventsAreAcknowledged() {
		for (String body : List.of("{\"destination\":\"U0\",\"events\":null}", "{\"destination\":null,\"events\":[]}",
				"{\"destination\":\"U0\",\"events\":[null]}", "{\"events\":[{}]}",
				"{\"destination\":\"U0\",\"events\":[{\"type\":null}]}", "null", "{}", "[]")) {
			assertThat(this.webhook.post(body).statusCode()).as(body).isIn(200, 400);
		}
		await().until(this::nothingPending);
		assertThat(this.redis.keys("wb:inbox:*:dead")).isEmpty();
	}

	@Test
	void brokenPercentEncodingInAPostbackGetsTheExpiredButtonAnswer() {
		for (String data : List.of("t=%", "t=%G0", "mine=view&w=%Z9")) {
			WebhookEvent tap = WebhookEvent.postback("Ubrokenpostback", data);
			this.webhook.deliver(tap);
			await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply"))
				.anySatisfy((reply) -> assertThat(reply.getRequest().getBodyAsString()).contains(tap.replyToken())
					.contains("這個按鈕已失效")));
		}
		assertThat(this.redis.keys("wb:inbox:*:dead")).isEmpty();
	}

}
