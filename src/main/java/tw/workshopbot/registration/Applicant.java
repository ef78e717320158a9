package tw.workshopbot.registration;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import tw.workshopbot.form.BirthDate;
import tw.workshopbot.form.Email;
import tw.workshopbot.form.FieldKind;
import tw.workshopbot.form.FormField;
import tw.workshopbot.form.Gender;
import tw.workshopbot.form.Landline;
import tw.workshopbot.form.Mobile;
import tw.workshopbot.form.NationalId;

/**
 * The sign-up form of one person, every answer validated and kept in its written form
 * ({@link FieldKind#write}) by field. The ID number and birth date are kept only when
 * learning hours are requested: what is not needed is not collected. A form someone else
 * filled in for the person requests hours with both still missing
 * ({@link #identityPending()}): a person's ID number is never typed by someone else, so
 * the person adds both in their own chat after claiming the registration.
 *
 * @param written the answers by field; the office as the roster records it (see
 * {@code OfficeChoice#recorded()}), the hours as {@code true} or {@code false}. A field
 * added to the form after a card was written is missing from it.
 */
public record Applicant(Map<FormField, String> written) {

	public Applicant {
		EnumMap<FormField, String> copy = new EnumMap<>(FormField.class);
		written.forEach((field, value) -> {
			if (value != null) {
				copy.put(field, value);
			}
		});
		boolean hours = Boolean.parseBoolean(copy.get(FormField.LEARNING_HOURS));
		if (hours && copy.containsKey(FormField.NATIONAL_ID) != copy.containsKey(FormField.BIRTH_DATE)) {
			throw new IllegalArgumentException("The ID number and birth date come together");
		}
		if (!hours) {
			FormField.Part.IDENTITY.fields().forEach(copy::remove);
		}
		copy.putIfAbsent(FormField.LEARNING_HOURS, Boolean.toString(hours));
		written = Collections.unmodifiableMap(copy);
	}

	/** The answer in its written form, or null when the form has none. */
	public String value(FormField field) {
		return this.written.get(field);
	}

	/** The answer as rosters and the API show it (identity masked); empty when none. */
	public String shown(FormField field) {
		String value = value(field);
		return (value != null) ? field.kind().shown(value) : "";
	}

	public String name() {
		return value(FormField.NAME);
	}

	public String office() {
		return value(FormField.OFFICE);
	}

	public String section() {
		return value(FormField.SECTION);
	}

	public String title() {
		return value(FormField.TITLE);
	}

	public boolean learningHours() {
		return Boolean.parseBoolean(value(FormField.LEARNING_HOURS));
	}

	/** The ID number, or null when none was given. */
	public NationalId nationalId() {
		return typed(FormField.NATIONAL_ID, NationalId::new);
	}

	/** The birth date, or null when none was given. */
	public BirthDate birthDate() {
		return typed(FormField.BIRTH_DATE, (value) -> new BirthDate(LocalDate.parse(value)));
	}

	public Gender gender() {
		return typed(FormField.GENDER, Gender::parse);
	}

	public Email email() {
		return typed(FormField.EMAIL, Email::new);
	}

	public Landline dayPhone() {
		return typed(FormField.DAY_PHONE, Landline::parse);
	}

	public Mobile mobile() {
		return typed(FormField.MOBILE, Mobile::new);
	}

	public String address() {
		return value(FormField.ADDRESS);
	}

	public String youtubeId() {
		return value(FormField.YOUTUBE_ID);
	}

	public String lineId() {
		return value(FormField.LINE_ID);
	}

	/** The answer as its value type, or null when the form has none. */
	private <T> T typed(FormField field, Function<String, T> type) {
		String value = value(field);
		return (value != null) ? type.apply(value) : null;
	}

	/** Hours requested, and the person has yet to add their ID number and birth date. */
	public boolean identityPending() {
		return learningHours() && value(FormField.NATIONAL_ID) == null;
	}

	/** Logs name the office at most: the rest is personal data. */
	@Override
	public String toString() {
		return "Applicant[office=" + office() + ", learningHours=" + learningHours() + "]";
	}

}
