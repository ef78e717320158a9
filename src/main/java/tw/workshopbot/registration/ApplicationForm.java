package tw.workshopbot.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tw.workshopbot.form.FormField;
import tw.workshopbot.form.FormText;
import tw.workshopbot.form.InvalidInput;
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
	public record Problem(FormField field, InvalidInput refusal) {
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
		Map<FormField, String> written = new EnumMap<>(FormField.class);
		OfficeChoice office = fields.read(FormField.OFFICE, (typed) -> office(workshop, typed));
		Boolean hours = fields.read(FormField.LEARNING_HOURS, (typed) -> learningHours(typed, workshop, office));
		boolean identityRead = Boolean.TRUE.equals(hours) && identityFromPerson;
		for (FormField field : FormField.values()) {
			if (field.part() == FormField.Part.CARD || (field.isIdentity() && !identityRead)) {
				continue;
			}
			written.put(field, fields.read(field, (typed) -> field.kind().write(typed, field, today)));
		}
		if (!fields.problems.isEmpty()) {
			// Listed in the form's order, as the person reads the form.
			fields.problems.sort(Comparator.comparing((Problem problem) -> problem.field().ordinal()));
			return new Reading(null, List.copyOf(fields.problems));
		}
		written.put(FormField.OFFICE, office.recorded());
		written.put(FormField.LEARNING_HOURS, hours.toString());
		return new Reading(new Applicant(written), List.of());
	}

	/** The office among the workshop's, or a refusal that says how to write it. */
	public static OfficeChoice office(Workshop workshop, String typed) {
		String value = FormText.required(typed, FormField.OFFICE);
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
			case "" -> throw new InvalidInput("form.required", FormField.LEARNING_HOURS);
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

		<T> T read(FormField label, Function<String, T> parse) {
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
