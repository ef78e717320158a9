package tw.workshopbot.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.organizer.RegistrationSummary;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * What the organizers are warned of, once each: no stream link yet shortly before the
 * start, and offices that must send someone and have not 48 and 24 hours before the
 * deadline.
 */
@Component
class OrganizerWarnings implements DueKind {

	private static final List<Duration> DEADLINE_WARNINGS = List.of(Duration.ofHours(48), Duration.ofHours(24));

	private final OrganizerNotices notices;

	private final Roster roster;

	private final BotTexts texts;

	private final OnceMarkers once;

	private final DeliveryProperties properties;

	private final ZoneId zone;

	OrganizerWarnings(OrganizerNotices notices, Roster roster, BotTexts texts, OnceMarkers once,
			DeliveryProperties properties, AppProperties app) {
		this.notices = notices;
		this.roster = roster;
		this.texts = texts;
		this.once = once;
		this.properties = properties;
		this.zone = app.zone();
	}

	@Override
	public void plan(WorkshopNow due) {
		linkMissing(due);
		deadlineWarnings(due.workshop(), due.now());
	}

	private void linkMissing(WorkshopNow due) {
		Workshop workshop = due.workshop();
		Instant warnAt = workshop.startsAt().minus(this.properties.linkMissingWarning());
		String about = "link-missing:" + workshop.id() + ":" + workshop.startsAt();
		// Told once: the notice itself checks whether it was stored before.
		if (due.now().isBefore(warnAt) || !due.now().isBefore(workshop.startsAt()) || due.link().isPresent()) {
			return;
		}
		this.notices.tell(workshop.id(), about, (locale) -> List.of(new Text(this.texts.say(locale,
				"delivery.linkMissing", workshop.title(), workshop.when(this.zone), workshop.id()))));
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
			// Marked only once looked at: a crash in between looks again, and the
			// notice's id keeps a second look from telling twice.
			String checked = "deadline-" + before.toHours() + "h";
			if (!this.once.done(workshop.id(), checked)) {
				warnOfMissingOffices(workshop, before);
				this.once.mark(workshop.id(), checked);
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
		this.notices.tell(workshop.id(),
				"deadline:" + workshop.id() + ":" + workshop.registrationClosesAt() + ":" + before.toHours(),
				(locale) -> List.of(new Text(this.texts.say(locale, "delivery.officesMissing", workshop.title(),
						before.toHours(), missing.size()) + "\n\n" + offices)));
	}

}
