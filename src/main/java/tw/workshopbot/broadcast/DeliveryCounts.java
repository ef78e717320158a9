package tw.workshopbot.broadcast;

import tw.workshopbot.chat.Outbox.Endpoint;
import java.util.List;
import java.util.Map;

import tw.workshopbot.broadcast.Attempts.Phase;

/**
 * The counts of a delivery, from its plan and each request's outcome.
 *
 * @param withoutLine confirmed registrants without a LINE account linked (imported, not
 * claimed): to be reached by e-mail
 * @param blocked confirmed registrants who blocked the bot
 * @param failures why requests failed, each reason once
 */
public record DeliveryCounts(int groups, int groupsReached, int people, int peopleReached, long withoutLine,
		long blocked, List<String> failures) {

	static DeliveryCounts of(Delivery delivery, List<PlannedRequest> requests, Map<Integer, Attempts> attempts) {
		int groupsReached = 0;
		int peopleReached = 0;
		for (PlannedRequest request : requests) {
			Attempts attempt = attempts.get(request.index());
			if (attempt == null || attempt.phase() != Phase.ACCEPTED) {
				continue;
			}
			if (request.endpoint() == Endpoint.PUSH) {
				groupsReached++;
			}
			else {
				peopleReached += request.recipients();
			}
		}
		List<String> failures = attempts.values()
			.stream()
			.filter((attempt) -> attempt.phase() == Phase.FAILED)
			.map((attempt) -> (attempt.status() > 0 ? attempt.status() + " " : "") + attempt.note())
			.distinct()
			.toList();
		return new DeliveryCounts(delivery.groups().size(), groupsReached, delivery.people(), peopleReached,
				count(delivery, "no-line-account"), count(delivery, "blocked"), failures);
	}

	private static long count(Delivery delivery, String reason) {
		return delivery.unreachable().stream().filter((person) -> person.reason().equals(reason)).count();
	}

}
