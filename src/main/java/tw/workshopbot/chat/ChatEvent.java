package tw.workshopbot.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something that happened in a chat. Stored in the inbox as JSON, so each type has a
 * stable name (never a class name): renaming a record must not strand events waiting in
 * Redis.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ChatEvent.TextReceived.class, name = "text"),
		@JsonSubTypes.Type(value = ChatEvent.OtherMessageReceived.class, name = "otherMessage"),
		@JsonSubTypes.Type(value = ChatEvent.PostbackReceived.class, name = "postback"),
		@JsonSubTypes.Type(value = ChatEvent.Followed.class, name = "follow"),
		@JsonSubTypes.Type(value = ChatEvent.Unfollowed.class, name = "unfollow"),
		@JsonSubTypes.Type(value = ChatEvent.BotJoined.class, name = "join"),
		@JsonSubTypes.Type(value = ChatEvent.BotLeft.class, name = "leave"),
		@JsonSubTypes.Type(value = ChatEvent.MembersJoined.class, name = "memberJoined"),
		@JsonSubTypes.Type(value = ChatEvent.MembersLeft.class, name = "memberLeft"),
		@JsonSubTypes.Type(value = ChatEvent.MessageUnsent.class, name = "unsend"),
		@JsonSubTypes.Type(value = ChatEvent.Unhandled.class, name = "unhandled") })
public sealed interface ChatEvent {

	EventContext context();

	/**
	 * A text message. It may hold an ID number as typed, so it is sealed before storage.
	 */
	record TextReceived(EventContext context, String text) implements ChatEvent {
	}

	/** An image, sticker, file or other non-text message: only its kind is kept. */
	record OtherMessageReceived(EventContext context, String messageType) implements ChatEvent {
	}

	record PostbackReceived(EventContext context, String data) implements ChatEvent {
	}

	record Followed(EventContext context, boolean unblocked) implements ChatEvent {
	}

	record Unfollowed(EventContext context) implements ChatEvent {
	}

	/** The bot was added to a group or room. */
	record BotJoined(EventContext context) implements ChatEvent {
	}

	/** The bot was removed from a group or room. */
	record BotLeft(EventContext context) implements ChatEvent {
	}

	record MembersJoined(EventContext context, List<String> userIds) implements ChatEvent {
	}

	record MembersLeft(EventContext context, List<String> userIds) implements ChatEvent {
	}

	record MessageUnsent(EventContext context, String messageId) implements ChatEvent {
	}

	/**
	 * A type this service does not act on (beacon, membership, one LINE added later,
	 * ...).
	 */
	record Unhandled(EventContext context, String lineType) implements ChatEvent {
	}

}
