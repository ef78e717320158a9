package tw.workshopbot.line;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.linecorp.bot.webhook.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.inbox.EventCounters;
import tw.workshopbot.inbox.Backlog;
import tw.workshopbot.inbox.Inbox;
import tw.workshopbot.inbox.InboxProperties;
import tw.workshopbot.inbox.InboxWorkers;

/**
 * Puts a verified webhook's events into the inbox before LINE hears 200. When Redis does
 * not answer in time the event is not kept; the person is told at once that the system is
 * busy and to try again, and the webhook still answers 200 so LINE does not suspend it.
 * That must be true: Redis refuses, by its own clock, to store an event after the
 * webhook's deadline, so a script that reaches a frozen Redis and runs once it resumes
 * stores nothing, and the retry the person was asked for is the one that counts.
 */
@Component
class WebhookIntake {

	private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

	private final Inbox inbox;

	private final InboxWorkers workers;

	private final EventCounters counters;

	private final LineMessenger messenger;

	private static final Clock WALL = Clock.systemUTC();

	private final BotTexts texts;

	private final InboxProperties properties;

	private final Backlog backlog;

	WebhookIntake(Inbox inbox, InboxWorkers workers, EventCounters counters, LineMessenger messenger, BotTexts texts,
			InboxProperties properties, Backlog backlog) {
		this.backlog = backlog;
		this.inbox = inbox;
		this.workers = workers;
		this.counters = counters;
		this.messenger = messenger;
		this.texts = texts;
		this.properties = properties;
	}

	void accept(List<Event> events, Instant receivedAt) {
		long roomUntil = this.backlog.roomDeadline();
		if (events == null) {
			return; // a signed body with "events": null, as LINE's verify request might
					// be
		}
		for (Event event : events) {
			if (event == null) {
				continue;
			}
			ChatEvent translated;
			try {
				translated = WebhookEvents.toChatEvent(event, receivedAt);
			}
			catch (RuntimeException ex) {
				// A shape LINE does not send; acknowledged (never a 5xx), counted, and
				// only its type logged: its fields may quote the person.
				this.counters.received();
				this.counters.dropped("unreadable");
				log.warn("A signed event could not be read ({}); acknowledged and left", ex.getClass().getSimpleName());
				continue;
			}
			accept(translated, roomUntil);
		}
	}

	private void accept(ChatEvent event, long roomUntil) {
		this.counters.received();
		if (!this.backlog.awaitRoom(roomUntil)) {
			// Counted, not logged: a flood would write a line per event.
			this.counters.dropped("backlog-full");
			replyBusy(event);
			return;
		}
		// Redis's clock decides, so the deadline is on the wall clock both share (NTP),
		// not on the injected one; counted from now, after any wait for room.
		long takeUntil = WALL.millis() + this.properties.takeWithin().toMillis();
		Inbox.Appended appended;
		try {
			appended = this.inbox.append(event, takeUntil);
		}
		catch (DataAccessException ex) {
			tellBusy(event, ex.getClass().getSimpleName());
			return;
		}
		if (appended == Inbox.Appended.TOO_LATE) {
			tellBusy(event, "answered after the deadline, nothing stored");
			return;
		}
		if (appended == Inbox.Appended.DUPLICATE) {
			this.counters.deduplicated();
			log.debug("Redelivered event acknowledged again, not handled twice");
			return;
		}
		this.backlog.added();
		this.workers.schedule(event.context().chat().key());
	}

	private void tellBusy(ChatEvent event, String why) {
		this.counters.dropped("redis-unavailable");
		log.warn("Redis did not take an event in time ({}); told the sender the system is busy", why);
		replyBusy(event);
	}

	private void replyBusy(ChatEvent event) {
		this.messenger.replyBusyWithoutWaiting(event.context(),
				List.of(new BotMessage.Text(this.texts.bilingual("system.busy"))));
	}

}
