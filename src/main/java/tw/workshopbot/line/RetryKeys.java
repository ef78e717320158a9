package tw.workshopbot.line;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Retry keys derived from what is being sent, so that a second attempt, by this process,
 * another instance or after a restart, carries the same key and LINE accepts the message
 * only once.
 */
final class RetryKeys {

	private RetryKeys() {
	}

	/** The key for answering one event by push. */
	public static UUID forEventAnswer(String webhookEventId) {
		return UUID.nameUUIDFromBytes(("workshopbot:answer:" + webhookEventId).getBytes(StandardCharsets.UTF_8));
	}

}
