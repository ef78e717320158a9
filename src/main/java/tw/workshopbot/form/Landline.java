package tw.workshopbot.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day-time phone: the trunk 0, an area code and the number, 9 or 10 digits in all
 * (Kinmen's {@code 082-316899} has 9), with an optional extension written after
 * {@code #}, 轉, 分機 or {@code ext}.
 *
 * @param number the digits, from the trunk 0
 * @param extension the extension's digits, or null
 */
public record Landline(String number, String extension) {

	private static final Pattern NUMBER = Pattern.compile("0\\d{8,9}");

	private static final Pattern EXTENSION = Pattern.compile("\\d{1,6}");

	private static final Pattern WITH_EXTENSION = Pattern.compile("(.+?)\\s*(?:#|轉|分機|(?i:ext)\\.?)\\s*(\\d+)\\s*");

	public Landline {
		if (number == null || !NUMBER.matcher(number).matches()
				|| (extension != null && !EXTENSION.matcher(extension).matches())) {
			throw new InvalidInput("form.landline.invalid");
		}
	}

	public static Landline parse(String typed) {
		String value = Typed.normalized(typed);
		if (value.isEmpty()) {
			throw new InvalidInput("form.required", FormField.DAY_PHONE);
		}
		String extension = null;
		Matcher split = WITH_EXTENSION.matcher(value);
		if (split.matches()) {
			value = split.group(1);
			extension = split.group(2);
		}
		return new Landline(PhoneDigits.domestic(Typed.digitsAndPlus(value)), extension);
	}

	/** As stored in the roster: {@code 0422289111#25204}. */
	public String display() {
		return (this.extension != null) ? this.number + "#" + this.extension : this.number;
	}

	@Override
	public String toString() {
		return display();
	}

}
