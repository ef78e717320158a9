package tw.workshopbot.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param workers chats handled in parallel by this instance (handlers mostly wait on
 * LINE)
 * @param seenFor how long an event id is remembered; LINE redelivers for at most a day
 * @param lease how long one instance owns a chat's inbox without renewing it
 * @param pollEvery how often pending chats are looked for: events another instance left
 * behind, or that waited while Redis was away
 * @param batch events read at once from one chat
 * @param takeWithin how long after a webhook arrives Redis may still store its events;
 * shorter than the Redis command time-out ({@code spring.data.redis.timeout}, 500 ms), so
 * that an event the webhook called lost (and answered "busy") is never stored later
 * @param backlogLimit events taken in and not yet handled past which the webhook waits
 * for room: on this 2-core machine about a second of the workers' answers
 * @param roomWait how long the webhook waits for room before it answers 「系統忙碌」 instead
 */
@ConfigurationProperties("inbox")
public record InboxProperties(@DefaultValue("16") int workers, @DefaultValue("48h") Duration seenFor,
		@DefaultValue("30s") Duration lease, @DefaultValue("500ms") Duration pollEvery, @DefaultValue("20") int batch,
		@DefaultValue("400ms") Duration takeWithin, @DefaultValue("1000") int backlogLimit,
		@DefaultValue("1s") Duration roomWait) {
}
