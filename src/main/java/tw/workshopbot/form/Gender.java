package tw.workshopbot.form;

import java.util.Locale;

/** As the form asks it: 男 or 女 (English accepted from imports). */
public enum Gender {

	MALE("男"), FEMALE("女");

	private final String label;

	Gender(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Gender parse(String typed) {
		String value = Typed.normalized(typed).toLowerCase(Locale.ROOT);
		return switch (value) {
			case "男", "male", "m" -> MALE;
			case "女", "female", "f" -> FEMALE;
			case "" -> throw new InvalidInput("form.required", FormField.GENDER);
			default -> throw new InvalidInput("form.gender.invalid");
		};
	}

}
