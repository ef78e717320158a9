package tw.workshopbot.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a workshop the API can store: every problem is listed at once, so an
 * organizer fixes them in one go.
 */
final class WorkshopChecks {

	/** Ids appear in URLs, Redis keys and registration numbers. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	/**
	 * Lead and grace times stay within a day: a link sent more than a day early is lost
	 * in the chat before the session.
	 */
	private static final int MAX_MINUTES = 24 * 60;

	/** Five years: longer than any learning-hours dispute the data could settle. */
	private static final int MAX_RETENTION_DAYS = 5 * 365;

	private WorkshopChecks() {
	}

	record Problem(String field, String message) {
	}

	static List<Problem> problems(WorkshopJson json) {
		List<Problem> problems = new ArrayList<>();
		if (json.id() != null && !ID.matcher(json.id()).matches()) {
			problems.add(new Problem("id", "letters, digits, - and _ only, at most 40"));
		}
		if (json.title() == null || json.title().isBlank() || json.title().length() > 100) {
			problems.add(new Problem("title", "required, at most 100 characters"));
		}
		if (json.startsAt() == null) {
			problems.add(new Problem("startsAt", "required"));
		}
		if (json.endsAt() == null) {
			problems.add(new Problem("endsAt", "required"));
		}
		if (json.registrationClosesAt() == null) {
			problems.add(new Problem("registrationClosesAt", "required"));
		}
		if (json.startsAt() != null && json.endsAt() != null && !json.startsAt().isBefore(json.endsAt())) {
			problems.add(new Problem("endsAt", "must be after startsAt"));
		}
		if (json.registrationClosesAt() != null && json.endsAt() != null
				&& json.registrationClosesAt().isAfter(json.endsAt())) {
			problems.add(new Problem("registrationClosesAt", "must not be after endsAt"));
		}
		BigDecimal hours = json.learningHours();
		if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0)) {
			problems.add(new Problem("learningHours", "between 0 and 24"));
		}
		if (json.capacity() != null && json.capacity() < 1) {
			problems.add(new Problem("capacity", "at least 1, or absent for no limit"));
		}
		minutes(problems, "streamLinkLeadMinutes", json.streamLinkLeadMinutes());
		minutes(problems, "checkInOpensMinutesBefore", json.checkInOpensMinutesBefore());
		minutes(problems, "lateGraceMinutes", json.lateGraceMinutes());
		minutes(problems, "earlyLeaveGraceMinutes", json.earlyLeaveGraceMinutes());
		minutes(problems, "checkOutClosesMinutesAfter", json.checkOutClosesMinutesAfter());
		Integer retention = json.personalDataRetentionDays();
		if (retention != null && (retention < 0 || retention > MAX_RETENTION_DAYS)) {
			problems.add(new Problem("personalDataRetentionDays", "between 0 and " + MAX_RETENTION_DAYS));
		}
		return problems;
	}

	/** Minutes before or after a session's times: none negative, none past a day. */
	private static void minutes(List<Problem> problems, String field, Integer minutes) {
		if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
			problems.add(new Problem(field, "between 0 and " + MAX_MINUTES));
		}
	}

}
