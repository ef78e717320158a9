package tw.workshopbot.broadcast;

import java.util.List;
import java.util.UUID;

import tw.workshopbot.chat.Outbox.Endpoint;

/**
 * One request of a delivery, stored before it is first sent and replayed unchanged: LINE
 * takes a retry key only with the very same request.
 *
 * @param group the group a push goes to (for an organizer notice, the organizer); null
 * for a multicast
 * @param recipients the users a multicast reaches; for a push, the group counts as one
 * @param body the request body as sent
 * @param registrations the registration numbers a multicast is for, so that a request
 * LINE refuses names the people it did not reach; empty for a push (and in plans stored
 * before it was kept)
 */
record PlannedRequest(int index, Endpoint endpoint, UUID retryKey, String group, int recipients, String body,
		List<String> registrations) {

	public PlannedRequest {
		registrations = (registrations != null) ? List.copyOf(registrations) : List.of();
	}

}
