package tw.workshopbot.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tw.workshopbot.form.BirthDate;
import tw.workshopbot.form.Email;
import tw.workshopbot.form.FieldLabel;
import tw.workshopbot.form.FormText;
import tw.workshopbot.form.Gender;
import tw.workshopbot.form.InvalidInput;
import tw.workshopbot.form.Landline;
import tw.workshopbot.form.Mobile;
import tw.workshopbot.form.NationalId;
import tw.workshopbot.workshop.OfficeChoice;
import tw.workshopbot.workshop.Workshop;

/**
 * Reads a whole form at once (an import row), field by field with the same rules the chat
 * applies one answer at a time, and lists every problem rather than the first.
 */
public final class ApplicationForm {

	private ApplicationForm() {
	}

	/** A refused answer, named by the field's JSON name. */
	public record Problem(FieldLabel field, InvalidInput refusal) {
	}

	/** Either the applicant or what is wrong with the answers, never both. */
	public record Reading(Applicant applicant, List<Problem> problems) {

		public boolean isValid() {
			return this.applicant != null;
		}

	}

	/**
	 * @param answers the typed answers by field name (missing = empty)
	 * @param today the date in the service's zone, for the age check
	 */
	public static Reading read(Map<String, String> answers, Workshop workshop, LocalDate today) {
		return read(answers, workshop, today, true);
	}

	/**
	 * @param identityFromPerson false when someone else filled the form in: the ID number
	 * and birth date are then left for the person to add
	 * ({@link Applicant#identityPending()})
	 */
	public static Reading read(Map<String, String> answers, Workshop workshop, LocalDate today,
			boolean identityFromPerson) {
		Fields fields = new Fields(answers);
		String name = fields.text(FieldLabel.NAME);
		OfficeChoice office = fields.read(FieldLabel.OFFICE, (typed) -> office(workshop, typed));
		String section = fields.text(FieldLabel.SECTION);
		String title = fields.text(FieldLabel.TITLE);
		Boolean hours = fields.read(FieldLabel.LEARNING_HOURS, (typed) -> learningHours(typed, workshop, office));
		boolean identityRead = Boolean.TRUE.equals(hours) && identityFromPerson;
		NationalId nationalId = identityRead ? fields.read(FieldLabel.NATIONAL_ID, NationalId::parse) : null;
		BirthDate birthDate = identityRead
				? fields.read(FieldLabel.BIRTH_DATE, (typed) -> BirthDate.parse(typed, today)) : null;
		Gender gender = fields.read(FieldLabel.GENDER, Gender::parse);
		Email email = fields.read(FieldLabel.EMAIL, Email::parse);
		Landline dayPhone = fields.read(FieldLabel.DAY_PHONE, Landline::parse);
		Mobile mobile = fields.read(FieldLabel.MOBILE, Mobile::parse);
		String address = fields.text(FieldLabel.ADDRESS);
		String youtubeId = fields.text(FieldLabel.YOUTUBE_ID);
		String lineId = fields.text(FieldLabel.LINE_ID);
		if (!fields.problems.isEmpty()) {
			return new Reading(null, List.copyOf(fields.problems));
		}
		return new Reading(new Applicant(name, office.recorded(), section, title, hours, nationalId, birthDate, gender,
				email, dayPhone, mobile, address, youtubeId, lineId), List.of());
	}

	/** The office among the workshop's, or a refusal that says how to write it. */
	public static OfficeChoice office(Workshop workshop, String typed) {
		String value = FormText.required(typed, FieldLabel.OFFICE);
		Optional<OfficeChoice> choice = OfficeChoice.match(workshop.offices(), value);
		return choice.orElseThrow(() -> new InvalidInput("form.office.unknown"));
	}

	/**
	 * 需要 / 不需要 (or true / false from an import); refused where the workshop grants none
	 * or the office earns none.
	 */
	public static boolean learningHours(String typed, Workshop workshop, OfficeChoice office) {
		boolean wanted = switch (typed.strip().toLowerCase(Locale.ROOT)) {
			case "需要", "true", "yes", "是" -> true;
			case "不需要", "false", "no", "否" -> false;
			case "" -> throw new InvalidInput("form.required", FieldLabel.LEARNING_HOURS);
			default -> throw new InvalidInput("form.learningHours.invalid");
		};
		if (wanted && workshop.learningHours().signum() == 0) {
			throw new InvalidInput("form.learningHours.notOffered");
		}
		if (wanted && office != null && !office.earnsLearningHours()) {
			throw new InvalidInput("form.office.noHours");
		}
		return wanted;
	}

	/** Collects each field's refusal instead of stopping at the first. */
	private static final class Fields {

		private final Map<String, String> answers;

		private final List<Problem> problems = new ArrayList<>();

		Fields(Map<String, String> answers) {
			this.answers = answers;
		}

		String text(FieldLabel label) {
			return read(label, (typed) -> FormText.required(typed, label));
		}

		<T> T read(FieldLabel label, Function<String, T> parse) {
			String typed = this.answers.getOrDefault(label.field(), "");
			try {
				return parse.apply((typed != null) ? typed : "");
			}
			catch (InvalidInput refusal) {
				this.problems.add(new Problem(label, refusal));
				return null;
			}
		}

	}

}
