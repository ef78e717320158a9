package tw.workshopbot.simulator;

import java.time.Instant;

/**
 * A request the bot sent to the stand-in, as LINE would have received it.
 *
 * @param contentType the request's Content-Type header, or null
 * @param retryKey the X-Line-Retry-Key header, or null
 * @param status what the stand-in answered
 * @param messagesCharged messages this request would take from the channel's monthly
 * allowance in LINE: one per recipient of a push or multicast (a group push: one per
 * member); replies are free
 */
record SentRequest(Instant at, String method, String path, String contentType, String retryKey, String body, int status,
		String answer, int messagesCharged) {
}
