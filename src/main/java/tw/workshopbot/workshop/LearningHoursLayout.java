package tw.workshopbot.workshop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The learning-hours list's columns, their order and its date format. The portal it is
 * uploaded to (公務人員終身學習入口網站) publishes no import format, so a catalog may say what its
 * organizers' upload expects (key {@code learningHoursList}).
 *
 * @param dates {@code roc} for ROC dates as the portal's forms write them
 * ({@code 0740315} for 15 March 1985), else a {@link DateTimeFormatter} pattern such as
 * {@code yyyy/MM/dd}
 */
public record LearningHoursLayout(List<Column> columns, String dates) {

	/** The columns when a catalog names none, in the portal's usual order. */
	public static final LearningHoursLayout DEFAULT = new LearningHoursLayout(null, null);

	public LearningHoursLayout {
		columns = (columns != null && !columns.isEmpty()) ? List.copyOf(columns)
				: List.of(new Column(Field.NATIONAL_ID, null), new Column(Field.NAME, null),
						new Column(Field.BIRTH_DATE, null), new Column(Field.OFFICE, null),
						new Column(Field.COURSE, null), new Column(Field.DATE, null), new Column(Field.HOURS, null));
		dates = (dates != null && !dates.isBlank()) ? dates.strip() : "roc";
		if (!"roc".equals(dates)) {
			try {
				DateTimeFormatter.ofPattern(dates);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("learningHoursList.dates: neither roc nor a date pattern: " + dates,
						ex);
			}
		}
	}

	/** What a column holds. */
	public enum Field {

		NATIONAL_ID("nationalId", "身分證字號"), NAME("name", "姓名"), BIRTH_DATE("birthDate", "出生日期"),
		OFFICE("office", "服務機關"), SECTION("section", "單位"), TITLE("title", "職稱"), COURSE("course", "課程名稱"),
		DATE("date", "上課日期"), HOURS("hours", "學習時數"), REGISTRATION_NO("registrationNo", "報名編號");

		private final String key;

		private final String header;

		Field(String key, String header) {
			this.key = key;
			this.header = header;
		}

		/** As the catalog names it: {@code nationalId}, {@code birthDate}, … */
		@JsonCreator
		public static Field named(String key) {
			return Arrays.stream(values())
				.filter((field) -> field.key.equalsIgnoreCase(key))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("learningHoursList.columns: no field " + key
						+ "; known: " + Arrays.stream(values()).map((field) -> field.key).toList()));
		}

	}

	/**
	 * @param header as the upload expects it; the field's Chinese name when absent
	 */
	public record Column(Field field, String header) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public Column {
			if (field == null) {
				throw new IllegalArgumentException("learningHoursList.columns: a column without a field");
			}
			header = (header != null && !header.isBlank()) ? header : field.header;
		}

		/** A column given as just its field's name. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Column of(String field) {
			return new Column(Field.named(field), null);
		}

	}

	public String date(LocalDate date) {
		if ("roc".equals(this.dates)) {
			return String.format(Locale.ROOT, "%03d%02d%02d", date.getYear() - 1911, date.getMonthValue(),
					date.getDayOfMonth());
		}
		return DateTimeFormatter.ofPattern(this.dates).format(date);
	}

}
