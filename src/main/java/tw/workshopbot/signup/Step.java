package tw.workshopbot.signup;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where a sign-up conversation stands. Stored with the conversation, so each step has a
 * stable type name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({ @JsonSubTypes.Type(value = Step.ChoosingWorkshop.class, name = "workshop"),
		@JsonSubTypes.Type(value = Step.ReadingNotice.class, name = "notice"),
		@JsonSubTypes.Type(value = Step.Answering.class, name = "question"),
		@JsonSubTypes.Type(value = Step.Reviewing.class, name = "review") })
sealed interface Step {

	/** Names the step in buttons, so that a tap on an older message can be told apart. */
	String token();

	/** Several workshops are open: which one? */
	record ChoosingWorkshop(List<String> workshopIds) implements Step {

		public ChoosingWorkshop {
			workshopIds = List.copyOf(workshopIds);
		}

		@Override
		public String token() {
			return "workshop";
		}

	}

	/** The personal-data notice is shown; nothing is collected until 同意. */
	record ReadingNotice() implements Step {

		@Override
		public String token() {
			return "notice";
		}

	}

	/**
	 * One question asked.
	 *
	 * @param fromSummary a change asked for from the summary: back there when answered
	 */
	record Answering(Question question, boolean fromSummary) implements Step {

		@Override
		public String token() {
			return "q." + this.question.token();
		}

	}

	/** Every answer shown, waiting for 確認送出 or a change. */
	record Reviewing() implements Step {

		@Override
		public String token() {
			return "review";
		}

	}

}
