package tw.workshopbot.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How a field's answer is checked, written down, kept in its sealed part and shown. The
 * written form is what a chat keeps between questions and what {@link #write} accepts
 * again, so an answer kept is an answer that reads back the same.
 */
public enum FieldKind {

	TEXT, LONG_TEXT, NATIONAL_ID, BIRTH_DATE, GENDER, EMAIL, LANDLINE, MOBILE,

	/** Checked against the workshop's offices, by the registration's rules. */
	OFFICE,

	/** 需要 / 不需要, checked against the workshop and the office. */
	HOURS;

	static final String EXTENSION = "Extension";

	/**
	 * The typed answer checked and written down.
	 * @param today the date in the service's zone, for the age check
	 * @throws InvalidInput saying what is expected
	 */
	public String write(String typed, FormField field, LocalDate today) {
		if (Typed.normalized((typed != null) ? typed : "").isEmpty()) {
			throw new InvalidInput("form.required", field);
		}
		return switch (this) {
			case TEXT, LONG_TEXT -> FormText.required(typed, field);
			case NATIONAL_ID -> NationalId.parse(typed).value();
			case BIRTH_DATE -> BirthDate.parse(typed, today).value().toString();
			case GENDER -> Gender.parse(typed).label();
			case EMAIL -> Email.parse(typed).value();
			case LANDLINE -> Landline.parse(typed).display();
			case MOBILE -> Mobile.parse(typed).value();
			case OFFICE, HOURS -> throw new IllegalStateException(field + " depends on the workshop");
		};
	}

	/**
	 * The written answer as rosters, the API and chats show it: ID numbers and birth
	 * dates masked ({@code A12*****89}, {@code 1985-**-**}).
	 */
	public String shown(String written) {
		return switch (this) {
			case NATIONAL_ID -> new NationalId(written).masked();
			case BIRTH_DATE -> maskedDate(written);
			case MOBILE -> new Mobile(written).display();
			default -> written;
		};
	}

	/**
	 * Puts the written answer into its sealed part under the field's name. Gender is kept
	 * by its constant and a phone's extension beside its number, as cards always had
	 * them.
	 */
	public void seal(Map<String, String> part, String name, String written) {
		switch (this) {
			case GENDER -> part.put(name, Gender.parse(written).name());
			case LANDLINE -> {
				Landline phone = Landline.parse(written);
				part.put(name, phone.number());
				part.put(name + EXTENSION, phone.extension());
			}
			default -> part.put(name, written);
		}
	}

	/** The written answer back from its sealed part, or null when the card has none. */
	public String unseal(Map<String, String> part, String name) {
		String kept = part.get(name);
		if (kept == null) {
			return null;
		}
		return switch (this) {
			case GENDER -> Gender.valueOf(kept).label();
			case LANDLINE -> new Landline(kept, part.get(name + EXTENSION)).display();
			default -> kept;
		};
	}

	/** A written date, or what was typed when a chat kept something else. */
	private static String maskedDate(String written) {
		try {
			return new BirthDate(LocalDate.parse(written)).masked();
		}
		catch (DateTimeParseException ex) {
			return "****-**-**";
		}
	}

}
