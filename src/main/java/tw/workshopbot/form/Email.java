package tw.workshopbot.form;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address: one {@code @}, a dotted domain, no spaces; the domain in lower case.
 */
public record Email(String value) {

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final int MAX = 254;

	public Email {
		if (value == null || value.length() > MAX || !SHAPE.matcher(value).matches()) {
			throw new InvalidInput("form.email.invalid");
		}
	}

	public static Email parse(String typed) {
		String value = Typed.normalized(typed);
		if (value.isEmpty()) {
			throw new InvalidInput("form.required", FormField.EMAIL);
		}
		int at = value.lastIndexOf('@');
		if (at > 0) {
			value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
		}
		return new Email(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
