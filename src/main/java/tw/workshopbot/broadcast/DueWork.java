package tw.workshopbot.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * What has come due at this instant, for every workshop yet to end: each workshop's state
 * is read once a round ({@link WorkshopNow}) and handed to each kind of due work in turn
 * (the stream link, the organizers' warnings, the day-before reminder); an ended workshop
 * goes to {@link SessionEnd}. Deliveries have ids made of what they are, so planning the
 * same one twice, here or on another instance, stores it once.
 */
@Component
class DueWork {

	private static final Logger log = LoggerFactory.getLogger(DueWork.class);

	private final Workshops workshops;

	private final StreamLinks links;

	private final List<DueKind> kinds;

	private final SessionEnd sessionEnd;

	private final Clock clock;

	DueWork(Workshops workshops, StreamLinks links, StreamLinkDue streamLink, OrganizerWarnings warnings,
			DayBeforeReminder dayBefore, SessionEnd sessionEnd, Clock clock) {
		this.workshops = workshops;
		this.links = links;
		this.kinds = List.of(streamLink, warnings, dayBefore);
		this.sessionEnd = sessionEnd;
		this.clock = clock;
	}

	/** The next stream link minute still to come, as of the last planning round. */
	private volatile Instant nextLinkMinute;

	Optional<Instant> nextLinkMinute() {
		return Optional.ofNullable(this.nextLinkMinute);
	}

	void planWhatIsDue() {
		Instant now = this.clock.instant();
		Instant next = null;
		for (Workshop workshop : this.workshops.all()) {
			if (now.isBefore(workshop.streamLinkSendsAt())
					&& (next == null || workshop.streamLinkSendsAt().isBefore(next))) {
				next = workshop.streamLinkSendsAt();
			}
			if (workshop.hasEnded(now) && !SessionEnd.concerns(workshop, now)) {
				continue;
			}
			try {
				plan(workshop, now);
			}
			catch (DataAccessException ex) {
				throw ex; // Redis is away: every workshop waits
			}
			catch (RuntimeException ex) {
				// One workshop's trouble must not hold up the others' deliveries.
				log.error("Planning the deliveries of {} failed; it is tried again", workshop.id(), ex);
			}
		}
		this.nextLinkMinute = next;
	}

	private void plan(Workshop workshop, Instant now) {
		if (workshop.hasEnded(now)) {
			this.sessionEnd.plan(workshop, now);
			return;
		}
		WorkshopNow due = new WorkshopNow(workshop, now, this.links.find(workshop.id()));
		for (DueKind kind : this.kinds) {
			kind.plan(due);
		}
	}

}
