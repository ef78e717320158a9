package tw.workshopbot.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The webhook's event counts, exported through Actuator (Prometheus:
 * webhook_events_*_total).
 */
@Component
public class EventCounters {

	private final MeterRegistry registry;

	private final Counter received;

	private final Counter deduplicated;

	private final Counter handled;

	EventCounters(MeterRegistry registry) {
		this.registry = registry;
		this.received = Counter.builder("webhook.events.received")
			.description("Events LINE delivered with a valid signature")
			.register(registry);
		this.deduplicated = Counter.builder("webhook.events.deduplicated")
			.description("Redelivered events acknowledged without handling them again")
			.register(registry);
		this.handled = Counter.builder("webhook.events.handled").description("Events handled").register(registry);
	}

	public void received() {
		this.received.increment();
	}

	public void deduplicated() {
		this.deduplicated.increment();
	}

	public void handled() {
		this.handled.increment();
	}

	/**
	 * @param reason a fixed word, never data from the event
	 */
	public void dropped(String reason) {
		Counter.builder("webhook.events.dropped")
			.description("Events acknowledged but not handled")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

}
