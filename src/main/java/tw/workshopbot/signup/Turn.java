package tw.workshopbot.signup;

import java.util.List;

/**
 * The result of one transition.
 *
 * @param next the conversation afterwards; null when it ended and nothing is kept. With
 * an effect, the conversation the effect works from (the edge then ends it).
 * @param replies what to say, in order
 * @param effect what the edge does with the registration
 */
record Turn(Conversation next, List<Reply> replies, Effect effect) {

	enum Effect {

		/** Only the conversation changes. */
		NONE,

		/** Create, save or hand over the registration from the answers. */
		SUBMIT,

		/**
		 * The person refused the notice for a registration someone else entered: it is
		 * cancelled and its personal data erased.
		 */
		DECLINE

	}

	Turn {
		replies = List.copyOf(replies);
	}

	static Turn to(Conversation next, Reply... replies) {
		return new Turn(next, List.of(replies), Effect.NONE);
	}

	static Turn end(Reply... replies) {
		return new Turn(null, List.of(replies), Effect.NONE);
	}

	boolean submit() {
		return this.effect == Effect.SUBMIT;
	}

	boolean ended() {
		return this.next == null;
	}

}
