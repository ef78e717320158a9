package tw.workshopbot.inbox;

/**
 * Redis keys of the inbox. Chats are spread over {@value #SHARDS} shards, and every key
 * of a shard carries the shard's hash tag: a chat's events, seen-markers and lease share
 * one Redis Cluster slot with the shard's pending index, so one script can append and
 * index an event, or acknowledge it and settle the chat, atomically.
 */
final class InboxKeys {

	static final int SHARDS = 64;

	private InboxKeys() {
	}

	static String tag(int shard) {
		return "wb:inbox:{i" + shard + "}";
	}

	/**
	 * String.hashCode is specified by the JLS, so every instance and version maps a chat
	 * alike.
	 */
	static int shardOf(String chatKey) {
		return Math.floorMod(chatKey.hashCode(), SHARDS);
	}

	static String pending(int shard) {
		return tag(shard) + ":pending";
	}

	static String events(String chatKey) {
		return tag(shardOf(chatKey)) + ":" + chatKey + ":events";
	}

	static String seen(String chatKey, String eventId) {
		return tag(shardOf(chatKey)) + ":seen:" + eventId;
	}

	static String lease(String chatKey) {
		return tag(shardOf(chatKey)) + ":" + chatKey + ":lease";
	}

	static String deadLetters(String chatKey) {
		return tag(shardOf(chatKey)) + ":" + chatKey + ":dead";
	}

}
