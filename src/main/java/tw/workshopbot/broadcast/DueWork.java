package tw.workshopbot.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.DeliveryPlanner.Audience;
import tw.workshopbot.broadcast.DeliveryPlanner.Order;
import tw.workshopbot.broadcast.DeliveryPlanner.Plan;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.organizer.RegistrationSummary;
import tw.workshopbot.organizer.WorkshopOrganizers;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * What has come due at this instant, for every workshop yet to end: the stream link at
 * its minute (or at once when set later, or changed), the day-before reminder, the
 * organizers' warnings, and what the session's end brings (see {@link SessionEnd}).
 * Deliveries have ids made of what they are, so planning the same one twice, here or on
 * another instance, stores it once.
 */
@Component
class DueWork {

	private static final Logger log = LoggerFactory.getLogger(DueWork.class);

	/** A day-before reminder is still worth sending this long after its time. */
	private static final Duration REMINDER_WINDOW = Duration.ofHours(12);

	private static final List<Duration> DEADLINE_WARNINGS = List.of(Duration.ofHours(48), Duration.ofHours(24));

	private final Workshops workshops;

	private final StreamLinks links;

	private final DeliveryStore store;

	private final DeliveryPlanner planner;

	private final DeliveryMessages messages;

	private final WorkshopOrganizers organizers;

	private final Roster roster;

	private final BotTexts texts;

	private final OnceMarkers once;

	private final SessionEnd sessionEnd;

	private final DeliveryProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	private final DeliveryTimers timers;

	DueWork(Workshops workshops, StreamLinks links, DeliveryStore store, DeliveryPlanner planner,
			DeliveryMessages messages, WorkshopOrganizers organizers, Roster roster, BotTexts texts, OnceMarkers once,
			SessionEnd sessionEnd, DeliveryProperties properties, AppProperties app, Clock clock,
			DeliveryTimers timers) {
		this.once = once;
		this.sessionEnd = sessionEnd;
		this.workshops = workshops;
		this.links = links;
		this.store = store;
		this.planner = planner;
		this.messages = messages;
		this.organizers = organizers;
		this.roster = roster;
		this.texts = texts;
		this.properties = properties;
		this.zone = app.zone();
		this.clock = clock;
		this.timers = timers;
	}

	static String streamLinkId(String workshopId, int version) {
		return workshopId + ".stream-link." + version;
	}

	static String dayBeforeId(String workshopId) {
		return workshopId + ".day-before";
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
				if (workshop.hasEnded(now)) {
					this.sessionEnd.plan(workshop, now);
					continue;
				}
				streamLink(workshop, now);
				linkMissing(workshop, now);
				dayBefore(workshop, now);
				deadlineWarnings(workshop, now);
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

	private void streamLink(Workshop workshop, Instant now) {
		if (now.isBefore(workshop.streamLinkSendsAt())) {
			return;
		}
		Optional<StreamLink> link = this.links.find(workshop.id());
		if (link.isEmpty() || this.store.exists(streamLinkId(workshop.id(), link.get().version()))) {
			return;
		}
		boolean updated = this.store.ofWorkshopIds(workshop.id())
			.stream()
			.anyMatch((id) -> id.startsWith(workshop.id() + ".stream-link."));
		StreamAudience audience = workshop.streamLinkAudience();
		Order order = new Order(streamLinkId(workshop.id(), link.get().version()), workshop,
				updated ? DeliveryKind.STREAM_LINK_UPDATED : DeliveryKind.STREAM_LINK,
				new Audience(audience.groups(), audience.registrants()),
				this.messages.streamLink(workshop, link.get(), updated), link.get().setBy(), workshop.endsAt());
		this.timers.plan(() -> {
			Plan plan = this.planner.plan(order, now);
			return this.store.create(plan.delivery(), plan.requests());
		});
	}

	private void linkMissing(Workshop workshop, Instant now) {
		Instant warnAt = workshop.startsAt().minus(this.properties.linkMissingWarning());
		if (now.isBefore(warnAt) || !now.isBefore(workshop.startsAt()) || this.links.find(workshop.id()).isPresent()
				|| !firstTime(workshop, "link-missing")) {
			return;
		}
		this.organizers.tell(workshop.id(), "link-missing:" + workshop.id() + ":" + workshop.startsAt(),
				(locale) -> List.of(new Text(this.texts.say(locale, "delivery.linkMissing", workshop.title(),
						workshop.when(this.zone), workshop.id()))));
	}

	private void dayBefore(Workshop workshop, Instant now) {
		Instant due = workshop.startsAt()
			.atZone(this.zone)
			.toLocalDate()
			.minusDays(1)
			.atTime(workshop.reminderTime())
			.atZone(this.zone)
			.toInstant();
		// Late is still useful for a while, but never once the stream link is on its way.
		Instant until = due.plus(REMINDER_WINDOW).isBefore(workshop.streamLinkSendsAt()) ? due.plus(REMINDER_WINDOW)
				: workshop.streamLinkSendsAt();
		String id = dayBeforeId(workshop.id());
		if (now.isBefore(due) || !now.isBefore(until) || this.store.exists(id)) {
			return;
		}
		Order order = new Order(id, workshop, DeliveryKind.DAY_BEFORE, new Audience(false, true),
				this.messages.dayBefore(workshop, this.links.find(workshop.id())), null, workshop.startsAt());
		Plan plan = this.planner.plan(order, now);
		if (plan.requests().isEmpty() && plan.delivery().unreachable().isEmpty()) {
			return; // nobody to remind (yet)
		}
		this.store.create(plan.delivery(), plan.requests());
	}

	private void deadlineWarnings(Workshop workshop, Instant now) {
		Instant closes = workshop.registrationClosesAt();
		if (!now.isBefore(closes)) {
			return;
		}
		for (int i = 0; i < DEADLINE_WARNINGS.size(); i++) {
			Duration before = DEADLINE_WARNINGS.get(i);
			boolean later = i + 1 < DEADLINE_WARNINGS.size()
					&& !now.isBefore(closes.minus(DEADLINE_WARNINGS.get(i + 1)));
			if (now.isBefore(closes.minus(before)) || later) {
				continue; // not yet, or the next warning has taken its place
			}
			if (firstTime(workshop, "deadline-" + before.toHours() + "h")) {
				warnOfMissingOffices(workshop, before);
			}
		}
	}

	private void warnOfMissingOffices(Workshop workshop, Duration before) {
		List<String> missing = RegistrationSummary.of(workshop, this.roster.all(workshop.id())).requiredMissing();
		if (missing.isEmpty()) {
			return;
		}
		// The offices are listed once, after both languages: a workshop's 120 offices
		// listed twice would pass LINE's 5,000 characters.
		String offices = String.join("、", missing);
		this.organizers.tell(workshop.id(), "deadline:" + workshop.id() + ":" + before.toHours(),
				(locale) -> List.of(new Text(this.texts.say(locale, "delivery.officesMissing", workshop.title(),
						before.toHours(), missing.size()) + "\n\n" + offices)));
	}

	private boolean firstTime(Workshop workshop, String what) {
		return this.once.firstTime(workshop.id(), what);
	}

}
