package tw.workshopbot.broadcast;

import tw.workshopbot.chat.Outbox.Endpoint;
import java.util.UUID;

/**
 * One request of a delivery, stored before it is first sent and replayed unchanged: LINE
 * takes a retry key only with the very same request.
 *
 * @param group the group a push goes to; null for a multicast
 * @param recipients the users a multicast reaches; for a push, the group counts as one
 * @param body the request body as sent
 */
public record PlannedRequest(int index, Endpoint endpoint, UUID retryKey, String group, int recipients, String body) {
}
