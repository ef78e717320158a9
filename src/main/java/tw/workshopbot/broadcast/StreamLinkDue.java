package tw.workshopbot.broadcast;

import java.time.Instant;

import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.DeliveryPlanner.Audience;
import tw.workshopbot.broadcast.DeliveryPlanner.Order;
import tw.workshopbot.broadcast.DeliveryPlanner.Plan;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

/**
 * The stream link at its minute, or at once when it is set later; a changed link (a new
 * version) goes out again, marked as changed.
 */
@Component
class StreamLinkDue implements DueKind {

	private final DeliveryStore store;

	private final DeliveryPlanner planner;

	private final DeliveryMessages messages;

	private final DeliveryTimers timers;

	StreamLinkDue(DeliveryStore store, DeliveryPlanner planner, DeliveryMessages messages, DeliveryTimers timers) {
		this.store = store;
		this.planner = planner;
		this.messages = messages;
		this.timers = timers;
	}

	static String id(String workshopId, int version) {
		return workshopId + ".stream-link." + version;
	}

	@Override
	public void plan(WorkshopNow due) {
		Workshop workshop = due.workshop();
		Instant now = due.now();
		if (now.isBefore(workshop.streamLinkSendsAt()) || due.link().isEmpty()) {
			return;
		}
		StreamLink link = due.link().get();
		String id = id(workshop.id(), link.version());
		if (this.store.exists(id)) {
			return;
		}
		boolean updated = this.store.ofWorkshopIds(workshop.id())
			.stream()
			.anyMatch((planned) -> planned.startsWith(workshop.id() + ".stream-link."));
		StreamAudience audience = workshop.streamLinkAudience();
		Order order = new Order(id, workshop, updated ? DeliveryKind.STREAM_LINK_UPDATED : DeliveryKind.STREAM_LINK,
				new Audience(audience.groups(), audience.registrants()),
				this.messages.streamLink(workshop, link, updated), link.setBy(), workshop.endsAt());
		this.timers.plan(() -> {
			Plan plan = this.planner.plan(order, now);
			return this.store.create(plan.delivery(), plan.requests());
		});
	}

}
