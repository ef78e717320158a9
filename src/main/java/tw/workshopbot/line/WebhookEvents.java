package tw.workshopbot.line;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.linecorp.bot.webhook.model.DeliveryContext;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MemberJoinedEvent;
import com.linecorp.bot.webhook.model.MemberLeftEvent;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnknownEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;
import com.linecorp.bot.webhook.model.UserSource;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.chat.ChatRef;
import tw.workshopbot.chat.EventContext;

/**
 * SDK events into the service's own. Every field LINE may omit is tolerated: no source,
 * no user id in a group, no timestamp, no mode (means active), no delivery context
 * (LINE's samples).
 */
final class WebhookEvents {

	private WebhookEvents() {
	}

	static ChatEvent toChatEvent(Event event, Instant receivedAt) {
		EventContext context = contextOf(event, receivedAt);
		if (event instanceof MessageEvent message) {
			if (message.message() instanceof TextMessageContent text) {
				return new ChatEvent.TextReceived(context, text.text() == null ? "" : text.text());
			}
			return new ChatEvent.OtherMessageReceived(context, messageType(message.message()));
		}
		if (event instanceof PostbackEvent postback) {
			return new ChatEvent.PostbackReceived(context,
					postback.postback() == null ? "" : nullToEmpty(postback.postback().data()));
		}
		if (event instanceof FollowEvent follow) {
			return new ChatEvent.Followed(context,
					follow.follow() != null && Boolean.TRUE.equals(follow.follow().isUnblocked()));
		}
		if (event instanceof UnfollowEvent) {
			return new ChatEvent.Unfollowed(context);
		}
		if (event instanceof JoinEvent) {
			return new ChatEvent.BotJoined(context);
		}
		if (event instanceof LeaveEvent) {
			return new ChatEvent.BotLeft(context);
		}
		if (event instanceof MemberJoinedEvent joined) {
			return new ChatEvent.MembersJoined(context,
					joined.joined() == null ? List.of() : userIds(joined.joined().members()));
		}
		if (event instanceof MemberLeftEvent left) {
			return new ChatEvent.MembersLeft(context, left.left() == null ? List.of() : userIds(left.left().members()));
		}
		if (event instanceof UnsendEvent unsend) {
			return new ChatEvent.MessageUnsent(context, unsend.unsend() == null ? "" : unsend.unsend().messageId());
		}
		String type = (event instanceof UnknownEvent unknown) ? unknown.type() : event.getClass().getSimpleName();
		return new ChatEvent.Unhandled(context, nullToEmpty(type));
	}

	private static EventContext contextOf(Event event, Instant receivedAt) {
		Source source = event.source();
		ChatRef chat = ChatRef.none();
		String userId = null;
		if (source instanceof UserSource user && user.userId() != null) {
			chat = ChatRef.user(user.userId());
			userId = user.userId();
		}
		else if (source instanceof GroupSource group && group.groupId() != null) {
			chat = ChatRef.group(group.groupId());
			userId = group.userId();
		}
		else if (source instanceof RoomSource room && room.roomId() != null) {
			chat = ChatRef.room(room.roomId());
			userId = room.userId();
		}
		Instant occurredAt = event.timestamp() == null ? receivedAt : Instant.ofEpochMilli(event.timestamp());
		String replyToken = (event instanceof ReplyEvent reply) ? reply.replyToken() : null;
		DeliveryContext delivery = event.deliveryContext();
		boolean redelivery = delivery != null && Boolean.TRUE.equals(delivery.isRedelivery());
		return new EventContext(event.webhookEventId(), occurredAt, receivedAt, chat, userId, replyToken,
				event.mode() == EventMode.STANDBY, redelivery);
	}

	private static List<String> userIds(List<UserSource> members) {
		return members == null ? List.of()
				: members.stream().filter(Objects::nonNull).map(UserSource::userId).filter(Objects::nonNull).toList();
	}

	private static String messageType(MessageContent content) {
		String name = content == null ? "Unknown" : content.getClass().getSimpleName();
		return name.replace("MessageContent", "").toLowerCase(Locale.ROOT);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
