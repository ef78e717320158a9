package tw.workshopbot.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.RetentionPurge;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Keeps personal data no longer than needed: {@code personalDataRetentionDays} after a
 * workshop ends, its registrations lose ID numbers, birth dates and contact details and
 * keep name, office and attendance. Each purge is in the audit trail (what and when,
 * never the data).
 */
@Component
public class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final RetentionPurge purge;

	private final Workshops workshops;

	private final AuditTrail audit;

	private final Clock clock;

	PersonalDataRetention(RetentionPurge purge, Workshops workshops, AuditTrail audit, Clock clock) {
		this.purge = purge;
		this.workshops = workshops;
		this.audit = audit;
		this.clock = clock;
	}

	public static Instant dueAt(Workshop workshop) {
		return workshop.endsAt().plus(Duration.ofDays(workshop.personalDataRetentionDays()));
	}

	/**
	 * Hourly: a period counted in days needs no finer check, and an hour missed (a
	 * restart) is caught up by the next.
	 */
	@Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
	public void purgeDue() {
		Instant now = this.clock.instant();
		for (Workshop workshop : this.workshops.all()) {
			if (!now.isBefore(dueAt(workshop)) && this.purge.purgedAt(workshop.id()).isEmpty()) {
				int purged = this.purge.purge(workshop, now);
				this.audit.record("system", "personal-data.purge",
						workshop.id() + ": ID numbers, birth dates and contact details of " + purged
								+ " registrations, " + workshop.personalDataRetentionDays()
								+ " days after the workshop ended");
				log.info("Purged the personal data of {} registrations of workshop {}", purged, workshop.id());
			}
		}
	}

}
