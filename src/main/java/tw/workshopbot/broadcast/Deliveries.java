package tw.workshopbot.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.Delivery.Unreachable;
import tw.workshopbot.broadcast.DeliveryPlanner.Audience;
import tw.workshopbot.broadcast.DeliveryPlanner.Order;
import tw.workshopbot.broadcast.DeliveryPlanner.Plan;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.Outbox;
import tw.workshopbot.form.PlainText;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.WorkshopOrganizers;
import tw.workshopbot.workshop.Workshop;

/**
 * What organizers do with deliveries, from the chat or the admin API: set the stream
 * link, announce something, see how every delivery went.
 */
@Component
public class Deliveries {

	private final StreamLinks links;

	private final DeliveryStore store;

	private final DeliveryPlanner planner;

	private final DeliveryMessages messages;

	private final WorkshopOrganizers organizers;

	private final AuditTrail audit;

	private final Clock clock;

	private final QuotaCheck quota;

	private final Outbox outbox;

	private final BindingCodes bindingCodes;

	Deliveries(StreamLinks links, DeliveryStore store, DeliveryPlanner planner, DeliveryMessages messages,
			WorkshopOrganizers organizers, AuditTrail audit, Clock clock, QuotaCheck quota, Outbox outbox,
			BindingCodes bindingCodes) {
		this.quota = quota;
		this.outbox = outbox;
		this.bindingCodes = bindingCodes;
		this.links = links;
		this.store = store;
		this.planner = planner;
		this.messages = messages;
		this.organizers = organizers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who an announcement goes to. */
	public enum AnnouncementAudience {

		GROUPS, REGISTRANTS, BOTH

	}

	/**
	 * Sets the link; the pump sends it at its minute, or at once when that has passed.
	 * @param by a LINE user id, or {@code admin}
	 */
	public StreamLink setStreamLink(Workshop workshop, String url, String by, boolean fromChat) {
		StreamLink link = this.links.set(workshop.id(), url, by, this.clock.instant());
		this.audit.record(by, "stream-link.set", workshop.id() + " v" + link.version());
		if (fromChat) {
			this.organizers.follow(workshop.id(), by);
		}
		return link;
	}

	public Optional<StreamLink> streamLink(String workshopId) {
		return this.links.find(workshopId);
	}

	/** Plans an announcement at once; the pump sends it within moments. */
	public Delivery announce(Workshop workshop, String text, AnnouncementAudience audience, String by,
			boolean fromChat) {
		Instant now = this.clock.instant();
		String id = workshop.id() + ".announcement." + UUID.randomUUID().toString().substring(0, 8);
		Order order = new Order(id, workshop, DeliveryKind.ANNOUNCEMENT,
				new Audience(audience != AnnouncementAudience.REGISTRANTS, audience != AnnouncementAudience.GROUPS),
				this.messages.announcement(workshop, text), by, workshop.endsAt());
		Plan plan = this.planner.plan(order, now);
		this.store.create(plan.delivery(), plan.requests());
		this.audit.record(by, "announcement.send", id);
		if (fromChat) {
			this.organizers.follow(workshop.id(), by);
		}
		return plan.delivery();
	}

	/**
	 * An announcement before it is sent: its text as LINE will show it, whom it reaches,
	 * and what it costs of this month's messages.
	 *
	 * @param remaining what is left of the month's messages, when LINE says
	 */
	public record Preview(String text, int groups, int people, int unreachable, long cost, OptionalLong remaining) {
	}

	public Preview preview(Workshop workshop, String text, AnnouncementAudience audience) {
		List<BotMessage> messages = this.messages.announcement(workshop, text);
		Order order = new Order(workshop.id() + ".preview", workshop, DeliveryKind.ANNOUNCEMENT,
				new Audience(audience != AnnouncementAudience.REGISTRANTS, audience != AnnouncementAudience.GROUPS),
				messages, "preview", workshop.endsAt());
		Plan plan = this.planner.plan(order, this.clock.instant());
		CompletableFuture<OptionalLong> remaining = this.outbox.remainingQuota();
		long cost = this.quota.cost(plan.requests());
		return new Preview(((Text) messages.get(0)).text(), plan.delivery().groups().size(), plan.delivery().people(),
				plan.delivery().unreachable().size(), cost, remaining.join());
	}

	/**
	 * A code that links the group it is posted in to these workshops, as 綁定 gives in
	 * chat.
	 */
	public String bindingCode(List<String> workshopIds, String by) {
		String code = this.bindingCodes.issue(workshopIds, by);
		this.audit.record(by, "group.binding-code", String.join(",", workshopIds));
		return code;
	}

	/** How long a binding code works. */
	public static java.time.Duration bindingCodeValidFor() {
		return BindingCodes.VALID;
	}

	/**
	 * What is wrong with an announcement's text, in the API's words; empty when it can be
	 * sent.
	 */
	public static Optional<String> announcementProblem(String text) {
		if (text == null || text.isBlank() || text.length() > DeliveryMessages.MAX_ANNOUNCEMENT) {
			return Optional.of("required, at most " + DeliveryMessages.MAX_ANNOUNCEMENT + " characters");
		}
		if (PlainText.flaw(text, true).isPresent()) {
			return Optional.of("control characters (NUL, escape, direction overrides) are not taken; line breaks are");
		}
		return Optional.empty();
	}

	/** An announcement's longest text. */
	public static int maxAnnouncementLength() {
		return DeliveryMessages.MAX_ANNOUNCEMENT;
	}

	/**
	 * A delivery and where it stands.
	 *
	 * @param state {@code sending} until every request is accepted or given up, then
	 * {@code done}
	 */
	public record Status(Delivery delivery, String state, Instant finishedAt, int accepted, int failed, int pending,
			DeliveryCounts counts, List<Unreachable> unreachable) {
	}

	public List<Status> of(String workshopId) {
		return this.store.ofWorkshopIds(workshopId)
			.stream()
			.map(this.store::find)
			.flatMap(Optional::stream)
			.filter((delivery) -> delivery.kind() != DeliveryKind.ORGANIZER_NOTICE)
			.map(this::status)
			.toList();
	}

	private Status status(Delivery delivery) {
		Map<Integer, Attempts> attempts = this.store.attempts(delivery.id());
		List<PlannedRequest> requests = this.store.requests(delivery.id());
		int accepted = (int) attempts.values().stream().filter((a) -> a.phase() == Attempts.Phase.ACCEPTED).count();
		int failed = (int) attempts.values().stream().filter((a) -> a.phase() == Attempts.Phase.FAILED).count();
		Optional<Instant> finishedAt = this.store.finishedAt(delivery.id());
		return new Status(delivery, finishedAt.isPresent() ? "done" : "sending", finishedAt.orElse(null), accepted,
				failed, requests.size() - accepted - failed, DeliveryCounts.of(delivery, requests, attempts),
				unreachable(delivery, requests, attempts));
	}

	/**
	 * Everyone not reached: those the plan could not address, then the people of each
	 * request LINE did not take, so that the organizers know whom to write to.
	 */
	static List<Unreachable> unreachable(Delivery delivery, List<PlannedRequest> requests,
			Map<Integer, Attempts> attempts) {
		List<Unreachable> all = new ArrayList<>(delivery.unreachable());
		for (PlannedRequest request : requests) {
			Attempts attempt = attempts.get(request.index());
			if (attempt != null && attempt.phase() == Attempts.Phase.FAILED) {
				String detail = (attempt.status() > 0 ? attempt.status() + " " : "") + attempt.note();
				request.registrations()
					.forEach((number) -> all.add(new Unreachable(number, attempt.failureReason(), detail)));
			}
		}
		return all;
	}

}
