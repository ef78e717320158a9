package tw.workshopbot.signup;

import java.util.List;

/**
 * What the conversation answers, as data: the transitions decide what is said, the
 * renderer how it looks in the person's language.
 */
sealed interface Reply {

	/** A plain message from the bundles; arguments may be field labels. */
	record Say(String key, List<Object> args) implements Reply {

		public Say {
			args = List.copyOf(args);
		}

		static Say of(String key, Object... args) {
			return new Say(key, List.of(args));
		}

	}

	/**
	 * A question, its label on the last line; with the answer so far when there is one.
	 */
	record Ask(Question question, Conversation conversation) implements Reply {
	}

	/** The personal-data notice with 同意 and 不同意. */
	record Notice(String workshopId) implements Reply {
	}

	/** The open workshops, one button each. */
	record Offer(List<String> workshopIds) implements Reply {

		public Offer {
			workshopIds = List.copyOf(workshopIds);
		}

	}

	/** Every answer, 確認送出, and a change button per field. */
	record Summary(Conversation conversation) implements Reply {
	}

	/** What the current step is for, and whom to ask. */
	record Help(Conversation conversation) implements Reply {
	}

	/** The sender is registered for this workshop already: their registration. */
	record AlreadyRegistered(String workshopId, String registrationNo) implements Reply {
	}

}
