package tw.workshopbot.console;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tw.workshopbot.admin.WorkshopChecks;
import tw.workshopbot.admin.WorkshopJson;
import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.WorkshopLimits;

/**
 * A workshop as its form holds it: every field text, as typed. Reading it parses what a
 * browser sends ({@code datetime-local} times in the service's zone, offices one a line
 * with {@code *} for required, contacts one a line split by {@code |}) and then applies
 * the admin API's own {@link WorkshopChecks}, so the console and the API refuse the same
 * workshops; each problem is filed under the field it belongs beside.
 */
record WorkshopForm(String id, String title, String series, String startsAt, String endsAt, String registrationClosesAt,
		String venue, String learningHours, String capacity, String offices, String contacts,
		String streamLinkLeadMinutes, String streamLinkAudience, String dayBeforeReminderAt,
		String checkInOpensMinutesBefore, String lateGraceMinutes, String earlyLeaveGraceMinutes,
		String checkOutClosesMinutesAfter, String personalDataRetentionDays) {

	/** What an {@code <input type="datetime-local">} sends, to the minute. */
	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final String REQUIRED_MARK = "*";

	/**
	 * The form read: the API's shape when nothing is wrong, and otherwise the problems by
	 * field, in the API's words.
	 */
	record Reading(WorkshopJson json, Map<String, List<String>> problems) {

		boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * A new workshop's form: next week at 14:00 for two hours, sign-up closing two days
	 * before, the catalog's offices, and the defaults every workshop starts from.
	 */
	static WorkshopForm blank(List<Office> catalogOffices, java.time.Instant now, ZoneId zone) {
		java.time.ZonedDateTime starts = now.atZone(zone).plusDays(7).with(LocalTime.of(14, 0));
		Workshop defaults = new Workshop("", "", null, starts.toInstant(), starts.plusHours(2).toInstant(),
				starts.minusDays(2).with(LocalTime.of(17, 0)).toInstant(), null, null, null, catalogOffices, null);
		return of(defaults, zone, false).withLearningHours("");
	}

	/**
	 * A stored workshop in its form; a copy is the next session of its series: a week
	 * later, without an id, for the organizer to adjust.
	 */
	static WorkshopForm of(Workshop workshop, ZoneId zone, boolean nextSession) {
		Duration shift = nextSession ? Duration.ofDays(7) : Duration.ZERO;
		return new WorkshopForm(nextSession ? "" : workshop.id(), workshop.title(), text(workshop.series()),
				local(workshop.startsAt().plus(shift), zone), local(workshop.endsAt().plus(shift), zone),
				local(workshop.registrationClosesAt().plus(shift), zone), text(workshop.venue()),
				workshop.learningHours().stripTrailingZeros().toPlainString(),
				(workshop.capacity() != null) ? workshop.capacity().toString() : "",
				workshop.offices()
					.stream()
					.map((office) -> office.name() + (office.required() ? " " + REQUIRED_MARK : ""))
					.collect(Collectors.joining("\n")),
				workshop.contacts().stream().map(WorkshopForm::contactLine).collect(Collectors.joining("\n")),
				workshop.streamLinkLeadMinutes().toString(),
				workshop.streamLinkAudience().name().toLowerCase(Locale.ROOT),
				(workshop.dayBeforeReminderAt() != null) ? workshop.dayBeforeReminderAt().toString() : "",
				workshop.checkInOpensMinutesBefore().toString(), workshop.lateGraceMinutes().toString(),
				workshop.earlyLeaveGraceMinutes().toString(), workshop.checkOutClosesMinutesAfter().toString(),
				workshop.personalDataRetentionDays().toString());
	}

	private WorkshopForm withLearningHours(String hours) {
		return new WorkshopForm(this.id, this.title, this.series, this.startsAt, this.endsAt, this.registrationClosesAt,
				this.venue, hours, this.capacity, this.offices, this.contacts, this.streamLinkLeadMinutes,
				this.streamLinkAudience, this.dayBeforeReminderAt, this.checkInOpensMinutesBefore,
				this.lateGraceMinutes, this.earlyLeaveGraceMinutes, this.checkOutClosesMinutesAfter,
				this.personalDataRetentionDays);
	}

	WorkshopForm withId(String newId) {
		return new WorkshopForm(newId, this.title, this.series, this.startsAt, this.endsAt, this.registrationClosesAt,
				this.venue, this.learningHours, this.capacity, this.offices, this.contacts, this.streamLinkLeadMinutes,
				this.streamLinkAudience, this.dayBeforeReminderAt, this.checkInOpensMinutesBefore,
				this.lateGraceMinutes, this.earlyLeaveGraceMinutes, this.checkOutClosesMinutesAfter,
				this.personalDataRetentionDays);
	}

	Reading read(ZoneId zone) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		WorkshopJson json = new WorkshopJson(blankIsNull(this.id), blankIsNull(this.title), blankIsNull(this.series),
				time(problems, "startsAt", this.startsAt, zone), time(problems, "endsAt", this.endsAt, zone),
				time(problems, "registrationClosesAt", this.registrationClosesAt, zone), blankIsNull(this.venue),
				decimal(problems, "learningHours", this.learningHours), whole(problems, "capacity", this.capacity),
				offices(this.offices), contacts(problems, this.contacts),
				whole(problems, "streamLinkLeadMinutes", this.streamLinkLeadMinutes),
				audience(problems, this.streamLinkAudience), clock(problems, this.dayBeforeReminderAt),
				whole(problems, "checkInOpensMinutesBefore", this.checkInOpensMinutesBefore),
				whole(problems, "lateGraceMinutes", this.lateGraceMinutes),
				whole(problems, "earlyLeaveGraceMinutes", this.earlyLeaveGraceMinutes),
				whole(problems, "checkOutClosesMinutesAfter", this.checkOutClosesMinutesAfter),
				whole(problems, "personalDataRetentionDays", this.personalDataRetentionDays));
		for (WorkshopLimits.Problem problem : WorkshopChecks.problems(json)) {
			// A time that did not parse is already explained; "required" would mislead.
			String field = fieldOf(problem.field());
			if (!problems.containsKey(field)) {
				file(problems, field, withIndex(problem));
			}
			else if (!problems.get(field).contains(problem.message()) && !problem.message().equals("required")) {
				problems.get(field).add(withIndex(problem));
			}
		}
		return new Reading(json, problems);
	}

	/**
	 * {@code offices[3].name} is shown beside the offices box, as "offices[3].name: …".
	 */
	private static String fieldOf(String apiField) {
		int cut = apiField.indexOf('[');
		return (cut < 0) ? apiField : apiField.substring(0, cut);
	}

	private static String withIndex(WorkshopLimits.Problem problem) {
		return problem.field().contains("[") ? problem.field() + ": " + problem.message() : problem.message();
	}

	private static void file(Map<String, List<String>> problems, String field, String message) {
		problems.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
	}

	private static OffsetDateTime time(Map<String, List<String>> problems, String field, String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
				.atZone(zone)
				.toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			file(problems, field, "a date and time such as 2026-05-12T14:30");
			return null;
		}
	}

	private static BigDecimal decimal(Map<String, List<String>> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			file(problems, field, "a number such as 3 or 1.5");
			return null;
		}
	}

	private static Integer whole(Map<String, List<String>> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			file(problems, field, "a whole number");
			return null;
		}
	}

	private static StreamAudience audience(Map<String, List<String>> problems, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return StreamAudience.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			file(problems, "streamLinkAudience", "groups, registrants or both");
			return null;
		}
	}

	private static LocalTime clock(Map<String, List<String>> problems, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			file(problems, "dayBeforeReminderAt", "a time of day such as 18:00");
			return null;
		}
	}

	/** One office a line; a line ending in {@code *} names a required office. */
	private static List<Office> offices(String value) {
		return lines(value).stream().map((line) -> {
			boolean required = line.endsWith(REQUIRED_MARK);
			String name = required ? line.substring(0, line.length() - 1).strip() : line;
			return new Office(name, required, false);
		}).toList();
	}

	/** One contact a line: role | organization | person | phone | fax | e-mail. */
	private static List<Contact> contacts(Map<String, List<String>> problems, String value) {
		List<Contact> contacts = new ArrayList<>();
		for (String line : lines(value)) {
			String[] parts = line.split("\\|", -1);
			if (parts.length > 6) {
				file(problems, "contacts", "at most 6 parts split by |: " + line);
				continue;
			}
			String[] six = new String[6];
			for (int i = 0; i < six.length; i++) {
				six[i] = (i < parts.length) ? blankIsNull(parts[i]) : null;
			}
			contacts.add(new Contact(six[0], six[1], six[2], six[3], six[4], six[5]));
		}
		return contacts;
	}

	private static String contactLine(Contact contact) {
		return String.join(" | ", text(contact.role()), text(contact.organization()), text(contact.person()),
				text(contact.phone()), text(contact.fax()), text(contact.email()));
	}

	private static List<String> lines(String value) {
		if (value == null) {
			return List.of();
		}
		return value.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static String local(java.time.Instant instant, ZoneId zone) {
		return LOCAL.format(instant.atZone(zone));
	}

	private static String blankIsNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
