package tw.workshopbot.signup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tw.workshopbot.form.BirthDate;
import tw.workshopbot.form.Email;
import tw.workshopbot.form.FieldLabel;
import tw.workshopbot.form.FormText;
import tw.workshopbot.form.Gender;
import tw.workshopbot.form.InvalidInput;
import tw.workshopbot.form.Landline;
import tw.workshopbot.form.Mobile;
import tw.workshopbot.form.NationalId;
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
		return switch (question) {
			case OFFICE -> office(typed, workshop);
			case UNIT -> unit(typed, workshop);
			case LEARNING_HOURS -> ApplicationForm.learningHours(typed, workshop, officeOf(answers, workshop))
					? Question.YES : Question.NO;
			case NATIONAL_ID -> NationalId.parse(typed).value();
			case BIRTH_DATE -> BirthDate.parse(typed, today).value().toString();
			case GENDER -> Gender.parse(typed).label();
			case EMAIL -> Email.parse(typed).value();
			case DAY_PHONE -> Landline.parse(typed).display();
			case MOBILE -> Mobile.parse(typed).value();
			default -> FormText.required(typed, question.field());
		};
	}

	/** 「其他單位」 alone is kept as is: its unit's name is the next question. */
	private static String office(String typed, Workshop workshop) {
		String value = FormText.required(typed, FieldLabel.OFFICE);
		Optional<Office> other = otherOffice(workshop).filter((office) -> office.name().equals(value));
		if (other.isPresent()) {
			return other.get().name();
		}
		return ApplicationForm.office(workshop, value).recorded();
	}

	private static String unit(String typed, Workshop workshop) {
		String unit = FormText.required(typed, FieldLabel.OFFICE);
		Office other = otherOffice(workshop).orElseThrow(() -> new InvalidInput("form.office.unknown"));
		return ApplicationForm.office(workshop, other.name() + "：" + unit).recorded();
	}

	private static Optional<Office> otherOffice(Workshop workshop) {
		return workshop.offices().stream().filter(Office::other).findFirst();
	}

	private static OfficeChoice officeOf(Map<String, String> answers, Workshop workshop) {
		String office = answers.get(Question.OFFICE.answerKey());
		return (office != null) ? OfficeChoice.match(workshop.offices(), office).orElse(null) : null;
	}

	/** A registration's answers in the written form the conversation keeps. */
	static Map<String, String> of(Applicant applicant) {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put(Question.NAME.answerKey(), applicant.name());
		answers.put(Question.OFFICE.answerKey(), applicant.office());
		answers.put(Question.SECTION.answerKey(), applicant.section());
		answers.put(Question.TITLE.answerKey(), applicant.title());
		answers.put(Question.LEARNING_HOURS.answerKey(), applicant.learningHours() ? Question.YES : Question.NO);
		if (applicant.nationalId() != null) { // none yet when a colleague entered the
												// form
			answers.put(Question.NATIONAL_ID.answerKey(), applicant.nationalId().value());
			answers.put(Question.BIRTH_DATE.answerKey(), applicant.birthDate().value().toString());
		}
		answers.put(Question.GENDER.answerKey(), applicant.gender().label());
		answers.put(Question.EMAIL.answerKey(), applicant.email().value());
		answers.put(Question.DAY_PHONE.answerKey(), applicant.dayPhone().display());
		answers.put(Question.MOBILE.answerKey(), applicant.mobile().value());
		answers.put(Question.ADDRESS.answerKey(), applicant.address());
		answers.put(Question.YOUTUBE_ID.answerKey(), applicant.youtubeId());
		answers.put(Question.LINE_ID.answerKey(), applicant.lineId());
		return answers;
	}

}
