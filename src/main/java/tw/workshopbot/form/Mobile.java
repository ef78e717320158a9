package tw.workshopbot.form;

import java.util.regex.Pattern;

/** A Taiwanese mobile number, kept as {@code 09} and eight digits. */
public record Mobile(String value) {

	private static final Pattern SHAPE = Pattern.compile("09\\d{8}");

	public Mobile {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new InvalidInput("form.mobile.invalid");
		}
	}

	/**
	 * Accepts {@code 0912-345-678}, {@code 0912 345 678} and {@code +886 912 345 678}.
	 */
	public static Mobile parse(String typed) {
		String value = Typed.digitsAndPlus(Typed.normalized(typed));
		if (value.isEmpty()) {
			throw new InvalidInput("form.required", FormField.MOBILE);
		}
		return new Mobile(PhoneDigits.domestic(value));
	}

	/** As people write it: {@code 0912-345-678}. */
	public String display() {
		return this.value.substring(0, 4) + "-" + this.value.substring(4, 7) + "-" + this.value.substring(7);
	}

	@Override
	public String toString() {
		return display();
	}

}
