package tw.workshopbot.form;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A national ID number (國民身分證統一編號) or a resident certificate number (外來人口統一證號, new format
 * since 2021 and the old two-letter one, valid until 2031). All share one checksum.
 * {@link #toString()} is masked: the number must never reach a log line.
 */
public record NationalId(String value) {

	private static final Pattern NATIONAL = Pattern.compile("[A-Z][12]\\d{8}");

	private static final Pattern RESIDENT = Pattern.compile("[A-Z][89]\\d{8}");

	private static final Pattern OLD_RESIDENT = Pattern.compile("[A-Z][A-Z]\\d{8}");

	/**
	 * Letters in the order of their codes 10, 11, … 35 (I, O, W, Y break the alphabet).
	 */
	private static final String LETTER_CODES = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 1 };

	public NationalId {
		if (value == null || !hasValidChecksum(value)) {
			throw new InvalidInput("form.nationalId.invalid");
		}
	}

	public static NationalId parse(String typed) {
		String value = Typed.normalized(typed).replace(" ", "").toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			throw new InvalidInput("form.required", FormField.NATIONAL_ID);
		}
		return new NationalId(value);
	}

	/** As shown anywhere but the learning-hours export: {@code A12*****89}. */
	public String masked() {
		return this.value.substring(0, 3) + "*****" + this.value.substring(8);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static boolean hasValidChecksum(String value) {
		boolean oldResident = OLD_RESIDENT.matcher(value).matches();
		if (!oldResident && !NATIONAL.matcher(value).matches() && !RESIDENT.matcher(value).matches()) {
			return false;
		}
		int area = letterCode(value.charAt(0));
		int sum = area / 10 + (area % 10) * 9;
		// The old resident format's second letter counts as the units digit of its code.
		int second = oldResident ? letterCode(value.charAt(1)) % 10 : value.charAt(1) - '0';
		sum += second * WEIGHTS[0];
		for (int i = 2; i <= 8; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i - 1];
		}
		sum += value.charAt(9) - '0';
		return sum % 10 == 0;
	}

	private static int letterCode(char letter) {
		return 10 + LETTER_CODES.indexOf(letter);
	}

}
