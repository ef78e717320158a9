package tw.workshopbot.signup;

/**
 * What the person said, as the conversation understands it: a command word, a tapped
 * button, or an answer.
 *
 * @param text the answer as typed (normalized), or what the tapped button stands for
 * @param stepToken the step the tapped button belonged to; null when typed
 * @param change the field to change ({@link Kind#CHANGE}), else null
 */
record Input(Kind kind, String text, String stepToken, Question change) {

	enum Kind {

		ANSWER, AGREE, DISAGREE, CANCEL, BACK, HELP, SUBMIT, CHANGE

	}

	static Input answer(String text) {
		return new Input(Kind.ANSWER, text, null, null);
	}

	static Input of(Kind kind) {
		return new Input(kind, "", null, null);
	}

	Input tappedIn(String token) {
		return new Input(this.kind, this.text, token, this.change);
	}

	@Override
	public String toString() {
		return "Input[" + this.kind + "]"; // an answer may be an ID number
	}

}
