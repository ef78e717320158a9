package tw.workshopbot.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks on requests to LINE catch what LINE would refuse: they can fail. */
class LineRequestValidatorTest {

	@Test
	void acceptsAValidReplyWithQuickReplies() {
		String body = "{\"replyToken\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\",\"quickReply\":{\"items\":"
				+ "[{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"需要\",\"text\":\"需要\"}}]}}]}";

		assertThat((reply(body))).isEmpty();
	}

	@Test
	void reportsATextMessageWithoutText() {
		Assumptions.assumeTrue(LineRequestValidator.specAvailable(), "LINE's OpenAPI spec is not beside this clone");

		assertThat((reply("{\"replyToken\":\"t\",\"messages\":[{\"type\":\"text\"}]}"))).isNotEmpty();
	}

	@Test
	void reportsLimitsTheSpecDoesNotKnow() {
		String longText = "字".repeat(5001);
		String sixMessages = "{\"replyToken\":\"t\",\"messages\":[" + "{\"type\":\"text\",\"text\":\"a\"},".repeat(5)
				+ "{\"type\":\"text\",\"text\":\"" + longText + "\"}]}";

		assertThat((reply(sixMessages))).anySatisfy((problem) -> assertThat(problem).contains("1 to 5 messages"))
			.anySatisfy((problem) -> assertThat(problem).contains("at most 5000"));
	}

	@Test
	void reportsAQuickReplyLabelOverTwentyCharacters() {
		String body = "{\"replyToken\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\",\"quickReply\":{\"items\":"
				+ "[{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"" + "長".repeat(21)
				+ "\",\"text\":\"x\"}}]}}]}";

		assertThat((reply(body))).anySatisfy((p) -> assertThat(p).contains("label"));
	}

	private static List<String> reply(String body) {
		return LineRequestValidator.problems("POST", "/v2/bot/message/reply",
				Map.of("Content-Type", List.of("application/json"), "Authorization", List.of("Bearer t")), body);
	}

}
