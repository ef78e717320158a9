package tw.workshopbot.broadcast;

import tw.workshopbot.chat.Outbox;
import tw.workshopbot.chat.Outbox.Endpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.Delivery.Unreachable;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.Followers;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.group.GroupRecord;
import tw.workshopbot.group.Groups;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Roster.Addressee;
import tw.workshopbot.workshop.Workshop;

/**
 * Turns "these messages to this workshop's people" into the requests that carry them: a
 * push per linked group, a multicast per 500 registrants, each with its own retry key.
 */
@Component
class DeliveryPlanner {

	/** LINE takes at most 500 user ids per multicast. */
	static final int MULTICAST_MAX = 500;

	private final Outbox outbox;

	private final Roster roster;

	private final Followers followers;

	private final GroupLinks links;

	private final Groups groups;

	DeliveryPlanner(Outbox outbox, Roster roster, Followers followers, GroupLinks links, Groups groups) {
		this.outbox = outbox;
		this.roster = roster;
		this.followers = followers;
		this.links = links;
		this.groups = groups;
	}

	/** Who a delivery is for. */
	record Audience(boolean groups, boolean registrants) {
	}

	/** What a delivery says, and to whom, until when. */
	record Order(String id, Workshop workshop, DeliveryKind kind, Audience audience, List<BotMessage> messages,
			String requestedBy, Instant stopAt) {
	}

	record Plan(Delivery delivery, List<PlannedRequest> requests) {
	}

	Plan plan(Order order, Instant now) {
		String workshopId = order.workshop().id();
		List<String> groupIds = order.audience().groups() ? presentGroups(workshopId) : List.of();
		Map<String, List<String>> users = new LinkedHashMap<>();
		List<Unreachable> unreachable = new ArrayList<>();
		if (order.audience().registrants()) {
			Set<String> blocked = this.followers.blocked();
			for (Addressee addressee : this.roster.confirmedAddressees(workshopId)) {
				if (addressee.lineUserId() == null) {
					unreachable.add(new Unreachable(addressee.registrationNo(), "no-line-account"));
				}
				else if (blocked.contains(addressee.lineUserId())) {
					unreachable.add(new Unreachable(addressee.registrationNo(), "blocked"));
				}
				else {
					users.computeIfAbsent(addressee.lineUserId(), (id) -> new ArrayList<>())
						.add(addressee.registrationNo());
				}
			}
		}
		List<PlannedRequest> requests = new ArrayList<>();
		for (String groupId : groupIds) {
			requests.add(new PlannedRequest(requests.size(), Endpoint.PUSH, UUID.randomUUID(), groupId, 1,
					this.outbox.pushBody(groupId, order.messages()), List.of()));
		}
		List<String> people = List.copyOf(users.keySet());
		for (int from = 0; from < people.size(); from += MULTICAST_MAX) {
			List<String> chunk = people.subList(from, Math.min(from + MULTICAST_MAX, people.size()));
			List<String> registrations = chunk.stream().flatMap((user) -> users.get(user).stream()).toList();
			requests.add(new PlannedRequest(requests.size(), Endpoint.MULTICAST, UUID.randomUUID(), null, chunk.size(),
					this.outbox.multicastBody(chunk, order.messages()), registrations));
		}
		Delivery delivery = new Delivery(order.id(), workshopId, order.kind(), now, order.stopAt(), order.requestedBy(),
				groupIds, people.size(), unreachable, requests.size());
		return new Plan(delivery, requests);
	}

	/** Linked groups the bot is still in: a push to a group it left would be refused. */
	private List<String> presentGroups(String workshopId) {
		return this.links.groups(workshopId)
			.stream()
			.filter((groupId) -> this.groups.find(groupId).map(GroupRecord::present).orElse(true))
			.toList();
	}

}
