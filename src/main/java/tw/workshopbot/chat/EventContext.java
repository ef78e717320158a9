package tw.workshopbot.chat;

import java.time.Instant;

/**
 * What every event carries besides its content.
 *
 * @param eventId LINE's webhookEventId, or null when LINE sent none (its sample payloads)
 * @param occurredAt when the person acted (the event's timestamp): the time of record
 * @param receivedAt when this service acknowledged the webhook: reply tokens age from
 * here
 * @param chat where to answer
 * @param userId who acted, or null (LINE omits it in groups for some clients)
 * @param replyToken a single-use token for a free answer, or null
 * @param standby whether another channel handles this chat now: then the bot must stay
 * silent
 * @param redelivery whether LINE sent this event before
 */
public record EventContext(String eventId, Instant occurredAt, Instant receivedAt, ChatRef chat, String userId,
		String replyToken, boolean standby, boolean redelivery) {

	public boolean hasEventId() {
		return this.eventId != null && !this.eventId.isBlank();
	}

	public boolean hasUserId() {
		return this.userId != null && !this.userId.isBlank();
	}

}
