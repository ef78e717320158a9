package tw.workshopbot.line;

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
import tw.workshopbot.inbox.Inbox;
import tw.workshopbot.inbox.InboxWorkers;

/**
 * Puts a verified webhook's events into the inbox before LINE hears 200. When Redis does
 * not answer in time the event cannot be kept; the person is told at once that the system
 * is busy (the only loss the service permits), and the webhook still answers 200 so LINE
 * does not suspend it.
 */
@Component
class WebhookIntake {

	private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

	private final Inbox inbox;

	private final InboxWorkers workers;

	private final EventCounters counters;

	private final LineMessenger messenger;

	private final BotTexts texts;

	WebhookIntake(Inbox inbox, InboxWorkers workers, EventCounters counters, LineMessenger messenger, BotTexts texts) {
		this.inbox = inbox;
		this.workers = workers;
		this.counters = counters;
		this.messenger = messenger;
		this.texts = texts;
	}

	void accept(List<Event> events, Instant receivedAt) {
		for (Event event : events) {
			if (event == null) {
				continue;
			}
			accept(WebhookEvents.toChatEvent(event, receivedAt));
		}
	}

	private void accept(ChatEvent event) {
		this.counters.received();
		try {
			if (this.inbox.append(event) == Inbox.Appended.DUPLICATE) {
				this.counters.deduplicated();
				log.debug("Redelivered event acknowledged again, not handled twice");
				return;
			}
		}
		catch (DataAccessException ex) {
			this.counters.dropped("redis-unavailable");
			log.warn("Redis did not take an event ({}); told the sender the system is busy",
					ex.getClass().getSimpleName());
			this.messenger.replyBusyWithoutWaiting(event.context(),
					List.of(new BotMessage.Text(this.texts.bilingual("system.busy"))));
			return;
		}
		this.workers.schedule(event.context().chat().key());
	}

}
