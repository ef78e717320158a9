package tw.workshopbot.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.DeliveryPlanner.Audience;
import tw.workshopbot.broadcast.DeliveryPlanner.Order;
import tw.workshopbot.broadcast.DeliveryPlanner.Plan;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/** The registrants' reminder the day before, at the workshop's reminder time. */
@Component
class DayBeforeReminder implements DueKind {

	/** A day-before reminder is still worth sending this long after its time. */
	private static final Duration WINDOW = Duration.ofHours(12);

	private final DeliveryStore store;

	private final DeliveryPlanner planner;

	private final DeliveryMessages messages;

	private final ZoneId zone;

	DayBeforeReminder(DeliveryStore store, DeliveryPlanner planner, DeliveryMessages messages, AppProperties app) {
		this.store = store;
		this.planner = planner;
		this.messages = messages;
		this.zone = app.zone();
	}

	static String id(String workshopId) {
		return workshopId + ".day-before";
	}

	@Override
	public void plan(WorkshopNow due) {
		Workshop workshop = due.workshop();
		Instant now = due.now();
		Instant at = workshop.startsAt()
			.atZone(this.zone)
			.toLocalDate()
			.minusDays(1)
			.atTime(workshop.reminderTime())
			.atZone(this.zone)
			.toInstant();
		// Late is still useful for a while, but never once the stream link is on its way.
		Instant until = at.plus(WINDOW).isBefore(workshop.streamLinkSendsAt()) ? at.plus(WINDOW)
				: workshop.streamLinkSendsAt();
		String id = id(workshop.id());
		if (now.isBefore(at) || !now.isBefore(until) || this.store.exists(id)) {
			return;
		}
		Order order = new Order(id, workshop, DeliveryKind.DAY_BEFORE, new Audience(false, true),
				this.messages.dayBefore(workshop, due.link()), null, workshop.startsAt());
		Plan plan = this.planner.plan(order, now);
		if (plan.requests().isEmpty() && plan.delivery().unreachable().isEmpty()) {
			return; // nobody to remind (yet)
		}
		this.store.create(plan.delivery(), plan.requests());
	}

}
