package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tw.workshopbot.form.FieldLabel;
import tw.workshopbot.workshop.OfficeChoice;
import tw.workshopbot.workshop.Workshop;

/**
 * The form's questions in the seed form's order. Which are asked depends on earlier
 * answers: the ID number and birth date only when learning hours are wanted, the unit's
 * name only for 「其他單位」, learning hours only where they can be granted.
 */
enum Question {

	NAME(FieldLabel.NAME), OFFICE(FieldLabel.OFFICE), UNIT(FieldLabel.OFFICE), SECTION(FieldLabel.SECTION),
	TITLE(FieldLabel.TITLE), LEARNING_HOURS(FieldLabel.LEARNING_HOURS), NATIONAL_ID(FieldLabel.NATIONAL_ID),
	BIRTH_DATE(FieldLabel.BIRTH_DATE), GENDER(FieldLabel.GENDER), EMAIL(FieldLabel.EMAIL),
	DAY_PHONE(FieldLabel.DAY_PHONE), MOBILE(FieldLabel.MOBILE), ADDRESS(FieldLabel.ADDRESS),
	YOUTUBE_ID(FieldLabel.YOUTUBE_ID), LINE_ID(FieldLabel.LINE_ID);

	/** The answer 「需要」 or 「不需要」 is kept as this flag in the answers. */
	static final String YES = "true";

	static final String NO = "false";

	private final FieldLabel field;

	Question(FieldLabel field) {
		this.field = field;
	}

	FieldLabel field() {
		return this.field;
	}

	/**
	 * Where its answer is kept: the form's field name (the unit completes the office).
	 */
	String answerKey() {
		return this.field.field();
	}

	/**
	 * Whether the answers hold this question's answer. The unit is asked only while the
	 * office reads 「其他單位」 alone, so while it is asked it is unanswered.
	 */
	boolean isAnsweredIn(Map<String, String> answers) {
		return this != UNIT && answers.containsKey(answerKey());
	}

	/** Stable name in stored conversations and in buttons' data. */
	String token() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Question ofToken(String token) {
		for (Question question : values()) {
			if (question.token().equals(token)) {
				return question;
			}
		}
		return null;
	}

	/**
	 * The questions asked, in order, given the answers so far.
	 * @param identityAsked false when someone else fills the form: a person's ID number
	 * is never typed by someone else
	 */
	static List<Question> path(Map<String, String> answers, Workshop workshop, boolean identityAsked) {
		List<Question> path = new ArrayList<>(values().length);
		for (Question question : values()) {
			if (question.isAsked(answers, workshop, identityAsked)) {
				path.add(question);
			}
		}
		return path;
	}

	private boolean isAsked(Map<String, String> answers, Workshop workshop, boolean identityAsked) {
		return switch (this) {
			case UNIT -> otherOfficeWithoutUnit(answers, workshop);
			case LEARNING_HOURS -> hoursPossible(answers, workshop);
			case NATIONAL_ID, BIRTH_DATE -> identityAsked && YES.equals(answers.get(LEARNING_HOURS.answerKey()));
			default -> true;
		};
	}

	/** 「其他單位」 was picked and its unit is still to be named. */
	private static boolean otherOfficeWithoutUnit(Map<String, String> answers, Workshop workshop) {
		String office = answers.get(OFFICE.answerKey());
		return office != null && workshop.offices()
			.stream()
			.anyMatch((candidate) -> candidate.other() && candidate.name().equals(office));
	}

	/** Hours are granted by the workshop and earned through the chosen office. */
	static boolean hoursPossible(Map<String, String> answers, Workshop workshop) {
		if (workshop.learningHours().signum() == 0) {
			return false;
		}
		if (otherOfficeWithoutUnit(answers, workshop)) {
			return false;
		}
		String office = answers.get(OFFICE.answerKey());
		return office == null
				|| OfficeChoice.match(workshop.offices(), office).map(OfficeChoice::earnsLearningHours).orElse(true);
	}

}
