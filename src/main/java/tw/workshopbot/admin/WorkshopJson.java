package tw.workshopbot.admin;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

/**
 * A workshop as the admin API reads and writes it: times in any ISO-8601 offset on the
 * way in, in the service's zone ({@code +08:00}) on the way out.
 */
public record WorkshopJson(String id, String title, String series, OffsetDateTime startsAt, OffsetDateTime endsAt,
		OffsetDateTime registrationClosesAt, String venue, BigDecimal learningHours, Integer capacity,
		List<Office> offices, List<Contact> contacts, Integer streamLinkLeadMinutes, StreamAudience streamLinkAudience,
		LocalTime dayBeforeReminderAt, Integer checkInOpensMinutesBefore, Integer lateGraceMinutes,
		Integer earlyLeaveGraceMinutes, Integer checkOutClosesMinutesAfter, Integer personalDataRetentionDays) {

	public static WorkshopJson of(Workshop workshop, ZoneId zone) {
		return new WorkshopJson(workshop.id(), workshop.title(), workshop.series(),
				workshop.startsAt().atZone(zone).toOffsetDateTime(), workshop.endsAt().atZone(zone).toOffsetDateTime(),
				workshop.registrationClosesAt().atZone(zone).toOffsetDateTime(), workshop.venue(),
				workshop.learningHours(), workshop.capacity(), workshop.offices(), workshop.contacts(),
				workshop.streamLinkLeadMinutes(), workshop.streamLinkAudience(), workshop.reminderTime(),
				workshop.checkInOpensMinutesBefore(), workshop.lateGraceMinutes(), workshop.earlyLeaveGraceMinutes(),
				workshop.checkOutClosesMinutesAfter(), workshop.personalDataRetentionDays());
	}

	public Workshop toWorkshop(String withId, List<Office> catalogOffices) {
		return new Workshop(withId, this.title, this.series, this.startsAt.toInstant(), this.endsAt.toInstant(),
				this.registrationClosesAt.toInstant(), this.venue, this.learningHours, this.capacity,
				(this.offices == null || this.offices.isEmpty()) ? catalogOffices : this.offices, this.contacts,
				this.streamLinkLeadMinutes, this.streamLinkAudience, this.dayBeforeReminderAt,
				this.checkInOpensMinutesBefore, this.lateGraceMinutes, this.earlyLeaveGraceMinutes,
				this.checkOutClosesMinutesAfter, this.personalDataRetentionDays);
	}

}
