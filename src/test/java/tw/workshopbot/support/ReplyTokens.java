package tw.workshopbot.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * LINE's reply endpoint as it behaves: each reply token is accepted once, and any later
 * request with it is "Invalid reply token". A fault can be put on the first request of
 * every token, before or after LINE accepted it, and what LINE accepted is recorded, so a
 * test can count what each person was shown.
 */
public final class ReplyTokens implements ResponseDefinitionTransformerV2 {

	public static final String NAME = "reply-tokens";

	/** What goes wrong with the first request of each token. */
	public enum FirstAttempt {

		/** Nothing. */
		ACCEPTED(false),
		/** 500, not accepted. */
		SERVER_ERROR(false),
		/** 502, not accepted. */
		BAD_GATEWAY(false),
		/** 429 without Retry-After, not accepted. */
		RATE_LIMITED(false),
		/** 429 with Retry-After: 1, not accepted. */
		RATE_LIMITED_RETRY_AFTER(false),
		/** The connection is reset before LINE took the reply. */
		RESET_BEFORE_ACCEPTED(false),
		/** LINE took the reply, then the connection is reset. */
		RESET_AFTER_ACCEPTED(true),
		/** LINE took the reply and answers only after {@link #STALL}. */
		STALL(true),
		/** LINE took the reply and answers with a body that is not JSON. */
		MALFORMED_ANSWER(true),
		/** 500 on every request: LINE never takes the reply. */
		ALWAYS_SERVER_ERROR(false);

		final boolean accepts;

		FirstAttempt(boolean accepts) {
			this.accepts = accepts;
		}

	}

	public static final Duration STALL = Duration.ofSeconds(3);

	private static final Map<String, Integer> REQUESTS = new ConcurrentHashMap<>();

	private static final Set<String> ACCEPTED = ConcurrentHashMap.newKeySet();

	private static final List<String> ACCEPTED_BODIES = new CopyOnWriteArrayList<>();

	private static volatile FirstAttempt firstAttempt = FirstAttempt.ACCEPTED;

	public static void reset(FirstAttempt fault) {
		REQUESTS.clear();
		ACCEPTED.clear();
		ACCEPTED_BODIES.clear();
		firstAttempt = fault;
	}

	/**
	 * A token LINE took before this test looked: a reply a process sent just before it
	 * died.
	 */
	public static void takenBefore(String replyToken) {
		ACCEPTED.add(replyToken);
	}

	/** Bodies of the replies LINE accepted, each once: what people were shown. */
	public static List<String> acceptedBodies() {
		return List.copyOf(ACCEPTED_BODIES);
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		String body = serveEvent.getRequest().getBodyAsString();
		JsonNode token = WebhookEvent.JSON.readTree(body).get("replyToken");
		String replyToken = token == null ? "" : token.asString();
		int request = REQUESTS.merge(replyToken, 1, Integer::sum);
		if (ACCEPTED.contains(replyToken)) {
			return LineApi.error(400, "Invalid reply token").build();
		}
		FirstAttempt fault = (request == 1 || firstAttempt == FirstAttempt.ALWAYS_SERVER_ERROR) ? firstAttempt
				: FirstAttempt.ACCEPTED;
		if (fault.accepts || fault == FirstAttempt.ACCEPTED) {
			ACCEPTED.add(replyToken);
			ACCEPTED_BODIES.add(body);
		}
		return answer(fault).build();
	}

	private static ResponseDefinitionBuilder answer(FirstAttempt fault) {
		return switch (fault) {
			case ACCEPTED -> ok();
			case SERVER_ERROR, ALWAYS_SERVER_ERROR -> LineApi.error(500, "Internal server error");
			case BAD_GATEWAY -> aResponse().withStatus(502).withBody("<html>Bad Gateway</html>");
			case RATE_LIMITED -> LineApi.rateLimited();
			case RATE_LIMITED_RETRY_AFTER -> LineApi.rateLimited().withHeader("Retry-After", "1");
			case RESET_BEFORE_ACCEPTED, RESET_AFTER_ACCEPTED -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
			case STALL -> ok().withFixedDelay((int) STALL.toMillis());
			case MALFORMED_ANSWER -> aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"sentMessages\":[{\"id\":");
		};
	}

	private static ResponseDefinitionBuilder ok() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sentMessages\":[]}");
	}

}
