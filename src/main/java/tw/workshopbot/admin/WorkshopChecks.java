package tw.workshopbot.admin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tw.workshopbot.workshop.WorkshopLimits;
import tw.workshopbot.workshop.WorkshopLimits.Problem;

/**
 * What makes a workshop the API can store: every problem is listed at once, so an
 * organizer fixes them in one go.
 */
public final class WorkshopChecks {

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

	public static List<Problem> problems(WorkshopJson json) {
		List<Problem> problems = new ArrayList<>();
		if (json.id() != null && !ID.matcher(json.id()).matches()) {
			problems.add(new Problem("id", "letters, digits, - and _ only, at most 40"));
		}
		if (json.title() == null) {
			problems.add(new Problem("title", "required, at most " + WorkshopLimits.TITLE + " characters"));
		}
		problems
			.addAll(WorkshopLimits.ofTexts(json.title(), json.series(), json.venue(), json.offices(), json.contacts()));
		boolean starts = time(problems, "startsAt", json.startsAt());
		boolean ends = time(problems, "endsAt", json.endsAt());
		boolean closes = time(problems, "registrationClosesAt", json.registrationClosesAt());
		if (starts && ends && !json.startsAt().isBefore(json.endsAt())) {
			problems.add(new Problem("endsAt", "must be after startsAt"));
		}
		else if (starts && ends
				&& Duration.between(json.startsAt(), json.endsAt()).compareTo(WorkshopLimits.LONGEST) > 0) {
			problems.add(new Problem("endsAt", "at most " + WorkshopLimits.LONGEST.toDays() + " days after startsAt"));
		}
		if (closes && ends && json.registrationClosesAt().isAfter(json.endsAt())) {
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

	/**
	 * Required, and in the years a workshop may use.
	 * @return whether it is both, so that comparing it with the others means something
	 */
	private static boolean time(List<Problem> problems, String field, OffsetDateTime time) {
		if (time == null) {
			problems.add(new Problem(field, "required"));
			return false;
		}
		if (!WorkshopLimits.inRange(time.toInstant())) {
			problems.add(new Problem(field, WorkshopLimits.rangeMessage()));
			return false;
		}
		return true;
	}

	/** Minutes before or after a session's times: none negative, none past a day. */
	private static void minutes(List<Problem> problems, String field, Integer minutes) {
		if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
			problems.add(new Problem(field, "between 0 and " + MAX_MINUTES));
		}
	}

}
