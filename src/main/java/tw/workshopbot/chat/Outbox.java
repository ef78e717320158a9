package tw.workshopbot.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * LINE as deliveries see it: request bodies are rendered once, stored, and sent as they
 * are, as often as it takes, within LINE's rate limits.
 */
public interface Outbox {

	/**
	 * LINE's two ways of sending unasked: one chat (a group) or up to 500 users at once.
	 */
	enum Endpoint {

		@JsonProperty("push")
		PUSH,

		@JsonProperty("multicast")
		MULTICAST

	}

	String pushBody(String groupId, List<BotMessage> messages);

	String multicastBody(List<String> userIds, List<BotMessage> messages);

	/**
	 * Sends a stored body; waits for a rate-limit token first, then not for the answer.
	 */
	CompletableFuture<Sent> send(Endpoint endpoint, UUID retryKey, String body);

	/** Messages left this month; empty when there is no limit or LINE did not say. */
	CompletableFuture<OptionalLong> remainingQuota();

	/** Members of a group (a push to it costs one message each); empty if unknown. */
	CompletableFuture<OptionalLong> memberCount(String groupId);

	/**
	 * What LINE made of a request.
	 *
	 * @param status the HTTP status; 0 when none came back
	 * @param retryAfter how long LINE asked to wait before the next attempt
	 * ({@code Retry-After}), or null
	 */
	record Sent(Verdict verdict, int status, String detail, Duration retryAfter) {

		public Sent(Verdict verdict, int status, String detail) {
			this(verdict, status, detail, null);
		}

	}

	enum Verdict {

		/** Sent now. */
		ACCEPTED,
		/** A 409: an earlier attempt with this retry key was accepted. */
		ACCEPTED_BEFORE,
		/** 429, 5xx or no answer: worth the same request again later. */
		TRY_AGAIN,
		/** Out of this month's messages: nothing more goes out until the plan changes. */
		MONTHLY_LIMIT,
		/** Refused for good (4xx), or LINE is not configured. */
		REFUSED

	}

}
