package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import tw.workshopbot.form.FormField;
import tw.workshopbot.workshop.OfficeChoice;
import tw.workshopbot.workshop.Workshop;

/**
 * The form's questions: one per field of {@link FormField}, in its order, and the unit's
 * name after the office. Which are asked depends on earlier answers: the ID number and
 * birth date only when learning hours are wanted, the unit's name only for 「其他單位」,
 * learning hours only where they can be granted. Only the instances in {@link #ALL}
 * exist, so questions compare by identity.
 */
final class Question {

	/** The answer 「需要」 or 「不需要」 is kept as this flag in the answers. */
	static final String YES = "true";

	static final String NO = "false";

	private static final String UNIT_NAME = "UNIT";

	/** Every question, in the order asked. */
	static final List<Question> ALL = all();

	static final Question NAME = of(FormField.NAME);

	static final Question OFFICE = of(FormField.OFFICE);

	/** The unit's name when 「其他單位」 was picked; it completes the office's answer. */
	static final Question UNIT = ofName(UNIT_NAME);

	static final Question LEARNING_HOURS = of(FormField.LEARNING_HOURS);

	static final Question NATIONAL_ID = of(FormField.NATIONAL_ID);

	static final Question BIRTH_DATE = of(FormField.BIRTH_DATE);

	private final FormField field;

	private final boolean unit;

	private Question(FormField field, boolean unit) {
		this.field = field;
		this.unit = unit;
	}

	private static List<Question> all() {
		List<Question> all = new ArrayList<>();
		for (FormField field : FormField.values()) {
			all.add(new Question(field, false));
			if (field == FormField.OFFICE) {
				all.add(new Question(field, true));
			}
		}
		return List.copyOf(all);
	}

	static Question of(FormField field) {
		return ALL.stream().filter((question) -> question.field == field && !question.unit).findFirst().orElseThrow();
	}

	FormField field() {
		return this.field;
	}

	boolean isUnit() {
		return this.unit;
	}

	/** As stored conversations name it: the field's constant ({@code NAME}), or UNIT. */
	@JsonValue
	String name() {
		return this.unit ? UNIT_NAME : this.field.name();
	}

	/**
	 * @throws IllegalArgumentException for a question the form no longer has: the stored
	 * dialog is then dropped and the person starts afresh, as with any unreadable one
	 */
	@JsonCreator
	static Question ofName(String name) {
		return ALL.stream()
			.filter((question) -> question.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No question " + name + " in the form"));
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
		return !this.unit && answers.containsKey(answerKey());
	}

	/** Stable name in stored conversations and in buttons' data. */
	String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Question ofToken(String token) {
		return ALL.stream().filter((question) -> question.token().equals(token)).findFirst().orElse(null);
	}

	/**
	 * The questions asked, in order, given the answers so far.
	 * @param identityAsked false when someone else fills the form: a person's ID number
	 * is never typed by someone else
	 */
	static List<Question> path(Map<String, String> answers, Workshop workshop, boolean identityAsked) {
		return ALL.stream().filter((question) -> question.isAsked(answers, workshop, identityAsked)).toList();
	}

	private boolean isAsked(Map<String, String> answers, Workshop workshop, boolean identityAsked) {
		if (this.unit) {
			return otherOfficeWithoutUnit(answers, workshop);
		}
		if (this.field == FormField.LEARNING_HOURS) {
			return hoursPossible(answers, workshop);
		}
		return !this.field.isIdentity() || (identityAsked && YES.equals(answers.get(LEARNING_HOURS.answerKey())));
	}

	/** 「其他單位」 was picked and its unit is still to be named. */
	private static boolean otherOfficeWithoutUnit(Map<String, String> answers, Workshop workshop) {
		String office = answers.get(FormField.OFFICE.field());
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
		String office = answers.get(FormField.OFFICE.field());
		return office == null
				|| OfficeChoice.match(workshop.offices(), office).map(OfficeChoice::earnsLearningHours).orElse(true);
	}

	@Override
	public String toString() {
		return name();
	}

}
