package tw.workshopbot.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as the form asks it. Read as {@code 1985-03-15}, {@code 1985/3/15},
 * {@code 19850315}, or in the ROC calendar (民國 year = Gregorian − 1911) as
 * {@code 74/03/15}, {@code 74年3月15日} or {@code 0740315}. {@link #toString()} is masked:
 * the date must never reach a log line.
 */
public record BirthDate(LocalDate value) {

	public static final int MIN_AGE = 15;

	public static final int MAX_AGE = 100;

	private static final int ROC_OFFSET = 1911;

	private static final Pattern SEPARATED = Pattern.compile("(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern GREGORIAN_DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern ROC_DIGITS = Pattern.compile("(\\d{3})(\\d{2})(\\d{2})");

	public BirthDate {
		if (value == null) {
			throw new InvalidInput("form.birthDate.invalid");
		}
	}

	/**
	 * @param today the date in the service's zone, from its clock: age is decided there
	 */
	public static BirthDate parse(String typed, LocalDate today) {
		String value = Typed.normalized(typed)
			.replace("民國", "")
			.replace('年', '/')
			.replace('月', '/')
			.replace("日", "")
			.replace(" ", "");
		if (value.isEmpty()) {
			throw new InvalidInput("form.required", FormField.BIRTH_DATE);
		}
		LocalDate date = read(value);
		if (date.isAfter(today)) {
			throw new InvalidInput("form.birthDate.future");
		}
		int age = Period.between(date, today).getYears();
		if (age < MIN_AGE || age > MAX_AGE) {
			throw new InvalidInput("form.birthDate.age", MIN_AGE, MAX_AGE);
		}
		return new BirthDate(date);
	}

	/** As shown anywhere but the learning-hours export: {@code 1985-**-**}. */
	public String masked() {
		return this.value.getYear() + "-**-**";
	}

	@Override
	public String toString() {
		return masked();
	}

	private static LocalDate read(String value) {
		Matcher separated = SEPARATED.matcher(value);
		if (separated.matches()) {
			String year = separated.group(1);
			int gregorian = Integer.parseInt(year) + ((year.length() == 4) ? 0 : ROC_OFFSET);
			return date(gregorian, separated.group(2), separated.group(3));
		}
		Matcher gregorian = GREGORIAN_DIGITS.matcher(value);
		if (gregorian.matches()) {
			return date(Integer.parseInt(gregorian.group(1)), gregorian.group(2), gregorian.group(3));
		}
		Matcher roc = ROC_DIGITS.matcher(value);
		if (roc.matches()) {
			return date(Integer.parseInt(roc.group(1)) + ROC_OFFSET, roc.group(2), roc.group(3));
		}
		throw new InvalidInput("form.birthDate.invalid");
	}

	private static LocalDate date(int year, String month, String day) {
		try {
			return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			throw new InvalidInput("form.birthDate.invalid");
		}
	}

}
