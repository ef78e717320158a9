package tw.workshopbot.broadcast;

import tw.workshopbot.chat.Outbox;
import tw.workshopbot.chat.Outbox.Endpoint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;

/**
 * Before a delivery's first request: would it pass what is left of this month's messages?
 * A multicast costs one per person, a group push one per member.
 */
@Component
class QuotaCheck {

	private final Outbox outbox;

	private final OrganizerNotices notices;

	private final BotTexts texts;

	QuotaCheck(Outbox outbox, OrganizerNotices notices, BotTexts texts) {
		this.outbox = outbox;
		this.notices = notices;
		this.texts = texts;
	}

	/**
	 * The cost of a delivery, its groups counted at once rather than one after another.
	 */
	long cost(List<PlannedRequest> requests) {
		List<CompletableFuture<OptionalLong>> members = requests.stream()
			.filter((request) -> request.endpoint() == Endpoint.PUSH)
			.map((request) -> this.outbox.memberCount(request.group()))
			.toList();
		long people = requests.stream()
			.filter((request) -> request.endpoint() == Endpoint.MULTICAST)
			.mapToLong(PlannedRequest::recipients)
			.sum();
		// A group whose size LINE did not tell counts as one: the warning errs on the
		// quiet side.
		return people + members.stream().mapToLong((count) -> count.join().orElse(1)).sum();
	}

	/**
	 * @return the notice that carries the warning, when one was stored for sending
	 */
	Optional<String> warnIfShort(Delivery delivery, List<PlannedRequest> requests) {
		if (requests.isEmpty()) {
			return Optional.empty();
		}
		CompletableFuture<OptionalLong> left = this.outbox.remainingQuota();
		long cost = cost(requests);
		OptionalLong remaining = left.join();
		if (remaining.isPresent() && cost > remaining.getAsLong()) {
			String about = "quota:" + delivery.id();
			this.notices.tell(delivery.workshopId(), about, (locale) -> List
				.of(new Text(this.texts.say(locale, "delivery.quotaShort", cost, remaining.getAsLong()))));
			return Optional.of(OrganizerNotices.id(delivery.workshopId(), about));
		}
		return Optional.empty();
	}

}
