package tw.workshopbot.broadcast;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.Outbox;
import tw.workshopbot.chat.Outbox.Endpoint;
import tw.workshopbot.chat.People;
import tw.workshopbot.organizer.WorkshopOrganizers;

/**
 * Tells a workshop's organizers something (a warning, a summary, how a delivery went)
 * through a stored delivery, as stream links go: the pushes are planned and stored before
 * the first is sent, and the pump sends them and resends what got no answer. A crash
 * between deciding and sending loses nothing; deciding twice (two instances, or a round
 * repeated after a crash) stores one delivery, since its id comes from what it is about.
 */
@Component
class OrganizerNotices {

	private final WorkshopOrganizers organizers;

	private final People people;

	private final Outbox outbox;

	private final DeliveryStore store;

	private final Clock clock;

	OrganizerNotices(WorkshopOrganizers organizers, People people, Outbox outbox, DeliveryStore store, Clock clock) {
		this.organizers = organizers;
		this.people = people;
		this.outbox = outbox;
		this.store = store;
		this.clock = clock;
	}

	/** The delivery that carries the news {@code about}. */
	static String id(String workshopId, String about) {
		return workshopId + ".notice."
				+ UUID.nameUUIDFromBytes(about.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
	}

	/**
	 * Tells each of the workshop's organizers, in their language.
	 * @param about names the news: the same news is stored and sent once however often
	 * this is called
	 */
	void tell(String workshopId, String about, Function<Locale, List<BotMessage>> news) {
		String id = id(workshopId, about);
		if (this.store.exists(id)) {
			return;
		}
		List<PlannedRequest> requests = new ArrayList<>();
		for (String userId : this.organizers.of(workshopId)) {
			// The key LINE dedupes on is the news and the person: the same whoever plans
			// it.
			UUID retryKey = UUID.nameUUIDFromBytes(
					("workshopbot:organizer-notice:" + about + ":" + userId).getBytes(StandardCharsets.UTF_8));
			String body = this.outbox.pushBody(userId, news.apply(this.people.languageOf(userId)));
			requests.add(new PlannedRequest(requests.size(), Endpoint.PUSH, retryKey, userId, 1, body, List.of()));
		}
		if (requests.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.store.create(new Delivery(id, workshopId, DeliveryKind.ORGANIZER_NOTICE, now,
				now.plus(Attempts.RETRY_KEY_LIFE), null, List.of(), requests.size(), List.of(), requests.size()),
				requests);
	}

}
