package tw.workshopbot.signup;

import java.util.List;

/**
 * The result of one transition.
 *
 * @param next the conversation afterwards; null when it ended and nothing is kept
 * @param replies what to say, in order
 * @param submit whether to create (or save) the registration from {@code next}'s answers
 */
record Turn(Conversation next, List<Reply> replies, boolean submit) {

	Turn {
		replies = List.copyOf(replies);
	}

	static Turn to(Conversation next, Reply... replies) {
		return new Turn(next, List.of(replies), false);
	}

	static Turn end(Reply... replies) {
		return new Turn(null, List.of(replies), false);
	}

	boolean ended() {
		return this.next == null;
	}

}
