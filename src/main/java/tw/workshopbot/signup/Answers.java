package tw.workshopbot.signup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tw.workshopbot.form.FormField;
import tw.workshopbot.form.FormText;
import tw.workshopbot.form.InvalidInput;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.ApplicationForm;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.OfficeChoice;
import tw.workshopbot.workshop.Workshop;

/**
 * One answer checked with the rules imports follow, and kept in a written form that
 * {@link ApplicationForm#read} accepts again when the registration is made.
 */
final class Answers {

	private Answers() {
	}

	/**
	 * @return the answer as it is kept
	 * @throws InvalidInput saying what is expected
	 */
	static String accept(Question question, String typed, Workshop workshop, LocalDate today,
			Map<String, String> answers) {
		if (question.isUnit()) {
			return unit(typed, workshop);
		}
		FormField field = question.field();
		return switch (field.kind()) {
			case OFFICE -> office(typed, workshop);
			case HOURS -> ApplicationForm.learningHours(typed, workshop, officeOf(answers, workshop)) ? Question.YES
					: Question.NO;
			default -> field.kind().write(typed, field, today);
		};
	}

	/** 「其他單位」 alone is kept as is: its unit's name is the next question. */
	private static String office(String typed, Workshop workshop) {
		String value = FormText.required(typed, FormField.OFFICE);
		Optional<Office> other = otherOffice(workshop).filter((office) -> office.name().equals(value));
		if (other.isPresent()) {
			return other.get().name();
		}
		return ApplicationForm.office(workshop, value).recorded();
	}

	private static String unit(String typed, Workshop workshop) {
		String unit = FormText.required(typed, FormField.OFFICE);
		Office other = otherOffice(workshop).orElseThrow(() -> new InvalidInput("form.office.unknown"));
		return ApplicationForm.office(workshop, other.name() + "：" + unit).recorded();
	}

	private static Optional<Office> otherOffice(Workshop workshop) {
		return workshop.offices().stream().filter(Office::other).findFirst();
	}

	private static OfficeChoice officeOf(Map<String, String> answers, Workshop workshop) {
		String office = answers.get(FormField.OFFICE.field());
		return (office != null) ? OfficeChoice.match(workshop.offices(), office).orElse(null) : null;
	}

	/**
	 * A registration's answers in the written form the conversation keeps; a colleague's
	 * entry has no ID number yet.
	 */
	static Map<String, String> of(Applicant applicant) {
		Map<String, String> answers = new LinkedHashMap<>();
		applicant.written().forEach((field, value) -> answers.put(field.field(), value));
		return answers;
	}

}
