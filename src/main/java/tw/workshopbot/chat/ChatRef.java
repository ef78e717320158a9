package tw.workshopbot.chat;

import java.util.Locale;

/**
 * The chat an event belongs to. Ids are LINE's opaque strings: LINE's own samples carry
 * ids that no strict pattern accepts, so they are never validated, only carried.
 */
public record ChatRef(Kind kind, String id) {

	public enum Kind {

		USER, GROUP, ROOM, NONE

	}

	public static ChatRef user(String userId) {
		return new ChatRef(Kind.USER, userId);
	}

	public static ChatRef group(String groupId) {
		return new ChatRef(Kind.GROUP, groupId);
	}

	public static ChatRef room(String roomId) {
		return new ChatRef(Kind.ROOM, roomId);
	}

	/**
	 * Events without a source (LINE omits it for some account-link failures) share one
	 * chat.
	 */
	public static ChatRef none() {
		return new ChatRef(Kind.NONE, "-");
	}

	/**
	 * A stable name for per-chat storage: events of one chat are handled in order under
	 * it.
	 */
	public String key() {
		return this.kind.name().toLowerCase(Locale.ROOT) + ":" + this.id;
	}

	public boolean isOneToOne() {
		return this.kind == Kind.USER;
	}

	/**
	 * Whether the bot can push to this chat at all (an id LINE accepts as a push target).
	 */
	public boolean isAddressable() {
		return this.kind != Kind.NONE;
	}

}
