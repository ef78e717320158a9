package tw.workshopbot.inbox;

/**
 * Redis keys of the inbox. A chat's keys share one hash tag, so every script on them runs on one
 * Redis Cluster slot; the pending index is global and is only ever touched by single commands.
 */
final class InboxKeys {

	static final String PENDING = "wb:inbox:pending";

	private InboxKeys() {
	}

	static String events(String chatKey) {
		return "wb:inbox:{" + chatKey + "}:events";
	}

	static String seen(String chatKey, String eventId) {
		return "wb:inbox:{" + chatKey + "}:seen:" + eventId;
	}

	static String lease(String chatKey) {
		return "wb:inbox:{" + chatKey + "}:lease";
	}

	static String deadLetters(String chatKey) {
		return "wb:inbox:{" + chatKey + "}:dead";
	}

}
