package tw.workshopbot.broadcast;

import java.time.Instant;
import java.util.List;

/**
 * One message set sent to a workshop's groups and registrants, as planned before its
 * first request.
 *
 * @param stopAt no attempt is made from this instant on: the session is over, or the news
 * is stale
 * @param groups the groups it is pushed to
 * @param people the registrants it is multicast to
 * @param unreachable confirmed registrants it cannot reach in LINE
 */
public record Delivery(String id, String workshopId, DeliveryKind kind, Instant createdAt, Instant stopAt,
		String requestedBy, List<String> groups, int people, List<Unreachable> unreachable, int requests) {

	public Delivery {
		groups = List.copyOf(groups);
		unreachable = List.copyOf(unreachable);
	}

	/**
	 * A registrant to reach another way (e-mail).
	 *
	 * @param reason known when planned: {@code no-line-account} (imported, not claimed
	 * yet) or {@code blocked} (blocked the bot); known once LINE answered the request
	 * that carried them: {@code refused-by-line} (LINE refused the whole request),
	 * {@code monthly-limit} (the channel's messages for the month are used up) or
	 * {@code not-sent} (LINE kept failing until the delivery's time was up)
	 * @param detail what LINE answered, for a failed request; null otherwise
	 */
	public record Unreachable(String registrationNo, String reason, String detail) {

		Unreachable(String registrationNo, String reason) {
			this(registrationNo, reason, null);
		}

	}

}
