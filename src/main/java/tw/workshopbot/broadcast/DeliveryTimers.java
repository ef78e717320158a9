package tw.workshopbot.broadcast;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * How long the steps between a link's minute and its requests take (Prometheus:
 * delivery_step_seconds{step}): planning, the quota check, handing the requests to LINE's
 * client.
 */
@Component
class DeliveryTimers {

	private final Timer plan;

	private final Timer quota;

	private final Timer dispatch;

	DeliveryTimers(MeterRegistry registry) {
		this.plan = timer(registry, "plan");
		this.quota = timer(registry, "quota-check");
		this.dispatch = timer(registry, "dispatch");
	}

	private static Timer timer(MeterRegistry registry, String step) {
		return Timer.builder("delivery.step")
			.description("Time of one step of sending a delivery")
			.tag("step", step)
			.register(registry);
	}

	<T> T plan(Supplier<T> planning) {
		return this.plan.record(planning);
	}

	<T> T quotaCheck(java.util.function.Supplier<T> check) {
		return this.quota.record(check);
	}

	/** From the first request readied to the last handed to LINE's client. */
	void dispatched(long nanos) {
		this.dispatch.record(nanos, TimeUnit.NANOSECONDS);
	}

}
