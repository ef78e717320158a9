package tw.workshopbot.setup;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupTask}s at start. While Redis does not answer, the service starts
 * all the same and waits for it: the health's {@code startup} component (part of
 * readiness) says DOWN, the log says why once, and the tasks are tried again every second
 * until Redis answers; then the service is ready. A broken catalog still stops the start:
 * that is not something waiting mends.
 */
@Component("startupHealthIndicator")
class StartupTasks implements ApplicationRunner, HealthIndicator {

	static final Duration RETRY_EVERY = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

	private final List<StartupTask> tasks;

	/** How many of the tasks, in order, are done. */
	private int done;

	/** Why the next task waits, or null. */
	private volatile String waiting = "not started";

	private ScheduledExecutorService retries;

	StartupTasks(List<StartupTask> tasks) {
		this.tasks = List.copyOf(tasks);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!attempt()) {
			log.warn("Not ready: {}. Trying again every {} s; the service is ready once Redis answers.", this.waiting,
					RETRY_EVERY.toSeconds());
			this.retries = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "startup-retry");
				thread.setDaemon(true);
				return thread;
			});
			this.retries.scheduleWithFixedDelay(this::retry, RETRY_EVERY.toMillis(), RETRY_EVERY.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	private void retry() {
		try {
			if (attempt()) {
				log.info("Ready: Redis answers and the start-up work is done");
				this.retries.shutdown();
			}
		}
		catch (Exception ex) {
			// Not a Redis outage: tried again all the same, and said each time.
			log.error("Start-up work failed: {}", this.waiting, ex);
		}
	}

	/** Runs the tasks not done yet, in order; false when one waits for Redis. */
	synchronized boolean attempt() throws Exception {
		while (this.done < this.tasks.size()) {
			StartupTask task = this.tasks.get(this.done);
			try {
				task.run();
				this.done++;
			}
			catch (DataAccessException ex) {
				this.waiting = task.name() + " waits for Redis (" + ex.getMessage() + ")";
				return false;
			}
		}
		this.waiting = null;
		return true;
	}

	@Override
	public Health health() {
		String why = this.waiting;
		return (why == null) ? Health.up().build() : Health.down().withDetail("waiting", why).build();
	}

}
