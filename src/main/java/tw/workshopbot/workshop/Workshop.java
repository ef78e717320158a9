package tw.workshopbot.workshop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One session people sign up for. Times are instants; they are shown in the service's
 * zone.
 *
 * @param learningHours hours granted for full attendance; zero when none are
 * @param capacity seats, or null for no limit (past it, sign-ups wait in line)
 * @param streamLinkLeadMinutes how long before the start the stream link goes out
 * @param streamLinkAudience who gets it: the linked groups, the registrants, or both
 * @param dayBeforeReminderAt the local time of the day-before reminder; null until the
 * catalog's (or the default) applies
 * @param checkInOpensMinutesBefore check-in opens this long before the start (30)
 * @param lateGraceMinutes a check-in this long after the start is still on time (0)
 * @param earlyLeaveGraceMinutes a check-out this long before the end is still complete
 * (0)
 * @param checkOutClosesMinutesAfter check-out closes this long after the end (60)
 * @param personalDataRetentionDays ID numbers, birth dates and contact details are purged
 * this many days after the end (90)
 */
public record Workshop(String id, String title, String series, Instant startsAt, Instant endsAt,
		Instant registrationClosesAt, String venue, BigDecimal learningHours, Integer capacity, List<Office> offices,
		List<Contact> contacts, Integer streamLinkLeadMinutes, StreamAudience streamLinkAudience,
		LocalTime dayBeforeReminderAt, Integer checkInOpensMinutesBefore, Integer lateGraceMinutes,
		Integer earlyLeaveGraceMinutes, Integer checkOutClosesMinutesAfter, Integer personalDataRetentionDays) {

	public static final int DEFAULT_LEAD_MINUTES = 10;

	private static final DateTimeFormatter WHEN_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final DateTimeFormatter WHEN_HOUR = DateTimeFormatter.ofPattern("HH:mm");

	public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(18, 0);

	public Workshop {
		offices = (offices != null) ? List.copyOf(offices) : List.of();
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
		learningHours = (learningHours != null) ? learningHours : BigDecimal.ZERO;
		streamLinkLeadMinutes = (streamLinkLeadMinutes != null) ? streamLinkLeadMinutes : DEFAULT_LEAD_MINUTES;
		streamLinkAudience = (streamLinkAudience != null) ? streamLinkAudience : StreamAudience.BOTH;
		checkInOpensMinutesBefore = (checkInOpensMinutesBefore != null) ? checkInOpensMinutesBefore : 30;
		lateGraceMinutes = (lateGraceMinutes != null) ? lateGraceMinutes : 0;
		earlyLeaveGraceMinutes = (earlyLeaveGraceMinutes != null) ? earlyLeaveGraceMinutes : 0;
		checkOutClosesMinutesAfter = (checkOutClosesMinutesAfter != null) ? checkOutClosesMinutesAfter : 60;
		personalDataRetentionDays = (personalDataRetentionDays != null) ? personalDataRetentionDays : 90;
	}

	/**
	 * A workshop with its stream link, reminder and attendance settings as given, and the
	 * rest at their defaults.
	 */
	public Workshop(String id, String title, String series, Instant startsAt, Instant endsAt,
			Instant registrationClosesAt, String venue, BigDecimal learningHours, Integer capacity,
			List<Office> offices, List<Contact> contacts, Integer streamLinkLeadMinutes,
			StreamAudience streamLinkAudience, LocalTime dayBeforeReminderAt) {
		this(id, title, series, startsAt, endsAt, registrationClosesAt, venue, learningHours, capacity, offices,
				contacts, streamLinkLeadMinutes, streamLinkAudience, dayBeforeReminderAt, null, null, null, null, null);
	}

	/**
	 * A workshop with the stream link, reminder and attendance settings at their
	 * defaults.
	 */
	public Workshop(String id, String title, String series, Instant startsAt, Instant endsAt,
			Instant registrationClosesAt, String venue, BigDecimal learningHours, Integer capacity,
			List<Office> offices, List<Contact> contacts) {
		this(id, title, series, startsAt, endsAt, registrationClosesAt, venue, learningHours, capacity, offices,
				contacts, null, null, null);
	}

	/** The minute the stream link goes out. */
	public Instant streamLinkSendsAt() {
		return this.startsAt.minus(Duration.ofMinutes(this.streamLinkLeadMinutes));
	}

	/** 2026/11/25 14:00–16:00, in the given zone. */
	public String when(ZoneId zone) {
		return WHEN_DAY.format(this.startsAt.atZone(zone)) + " " + WHEN_HOUR.format(this.startsAt.atZone(zone)) + "–"
				+ WHEN_HOUR.format(this.endsAt.atZone(zone));
	}

	public LocalTime reminderTime() {
		return (this.dayBeforeReminderAt != null) ? this.dayBeforeReminderAt : DEFAULT_REMINDER_TIME;
	}

	public boolean hasEnded(Instant now) {
		return !now.isBefore(this.endsAt);
	}

	Workshop withCatalogDefaults(List<Office> catalogOffices, LocalTime catalogReminderTime) {
		return new Workshop(this.id, this.title, this.series, this.startsAt, this.endsAt, this.registrationClosesAt,
				this.venue, this.learningHours, this.capacity, this.offices.isEmpty() ? catalogOffices : this.offices,
				this.contacts, this.streamLinkLeadMinutes, this.streamLinkAudience,
				(this.dayBeforeReminderAt != null) ? this.dayBeforeReminderAt : catalogReminderTime,
				this.checkInOpensMinutesBefore, this.lateGraceMinutes, this.earlyLeaveGraceMinutes,
				this.checkOutClosesMinutesAfter, this.personalDataRetentionDays);
	}

}
