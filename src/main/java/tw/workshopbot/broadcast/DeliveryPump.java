package tw.workshopbot.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Every few hundred milliseconds: plans what has come due at the injected clock's
 * instant, then sends what is due of each open delivery this instance can lease. No timer
 * is set for a wall-clock time, so a test moves the clock and the pump follows within one
 * pause.
 */
@Component
class DeliveryPump implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPump.class);

	private static final long SLOW_TICK_MILLIS = 2000;

	/** Tells this instance's leases from another's. */
	private final String instance = UUID.randomUUID().toString();

	private final DueWork due;

	private final DeliveryStore store;

	private final Dispatcher dispatcher;

	private final DeliveryProperties properties;

	private final Clock clock;

	private volatile ScheduledExecutorService pump;

	/** How many deliveries this instance sends at once. */
	static final int DELIVERIES_SIDE_BY_SIDE = 8;

	private volatile ExecutorService senders;

	/** Deliveries this instance is sending now. */
	private final Set<String> sending = ConcurrentHashMap.newKeySet();

	/** Rounds in a row that Redis did not answer; only the pump's thread touches it. */
	private int roundsWithoutRedis;

	static final long REDIS_AWAY_LONGEST_PAUSE_MILLIS = 5_000;

	DeliveryPump(DueWork due, DeliveryStore store, Dispatcher dispatcher, DeliveryProperties properties, Clock clock) {
		this.due = due;
		this.store = store;
		this.dispatcher = dispatcher;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Polls again after the usual pause, or sooner when a stream link's minute comes
	 * before that: the link then leaves at its minute, not up to a pause later. The pause
	 * is measured on the injected clock and never longer than the usual one, so a test
	 * that moves the clock is followed within it.
	 */
	private void tickAndPlanTheNext() {
		long started = System.nanoTime();
		boolean redisAnswered = tick();
		long tookMillis = (System.nanoTime() - started) / 1_000_000;
		if (tookMillis > SLOW_TICK_MILLIS) {
			// Everything due waits behind a slow round: worth knowing why.
			log.warn("A delivery round took {} ms", tookMillis);
		}
		ScheduledExecutorService running = this.pump;
		if (running == null) {
			return;
		}
		long every = this.properties.pollEvery().toMillis();
		long delay;
		if (redisAnswered) {
			long untilMinute = this.due.nextLinkMinute()
				.map((minute) -> Duration.between(this.clock.instant(), minute).toMillis())
				.orElse(every);
			delay = Math.max(1, Math.min(every, untilMinute));
		}
		else {
			// A due minute cannot be planned without Redis: polling for it at once would
			// spin. Back off, doubling up to a few seconds, until Redis answers again.
			delay = Math.min(REDIS_AWAY_LONGEST_PAUSE_MILLIS, every << Math.min(this.roundsWithoutRedis, 10));
		}
		try {
			running.schedule(this::tickAndPlanTheNext, delay, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopping
		}
	}

	/** One round; false when Redis did not answer. */
	boolean tick() {
		try {
			this.due.planWhatIsDue();
			for (String deliveryId : this.store.active()) {
				startSending(deliveryId);
			}
			if (this.roundsWithoutRedis > 0) {
				log.info("Redis answers again after {} delivery rounds without it; deliveries resume",
						this.roundsWithoutRedis);
				this.roundsWithoutRedis = 0;
			}
			return true;
		}
		catch (DataAccessException ex) {
			// One line per outage, not one per round.
			if (this.roundsWithoutRedis++ == 0 && isRunning()) {
				log.warn("Deliveries wait: Redis is not answering ({}); trying again with longer pauses",
						ex.getClass().getSimpleName());
			}
			return false;
		}
		catch (RuntimeException ex) {
			log.error("The delivery pump failed; it tries again", ex);
			return true;
		}
	}

	/**
	 * Sends what is due of the delivery on a thread of its own, unless this instance is
	 * at it already: deliveries go side by side, and one that LINE stalls holds up no
	 * other. Each request is within the client's own time limit.
	 */
	private void startSending(String deliveryId) {
		ExecutorService workers = this.senders;
		if (workers == null || !this.sending.add(deliveryId)) {
			return;
		}
		try {
			workers.execute(() -> {
				try {
					sendWhatIsDue(deliveryId);
				}
				catch (DataAccessException ex) {
					log.debug("Delivery {} waits for Redis ({})", deliveryId, ex.getClass().getSimpleName());
				}
				finally {
					this.sending.remove(deliveryId);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.sending.remove(deliveryId); // stopping
		}
	}

	private void sendWhatIsDue(String deliveryId) {
		if (!this.store.lease(deliveryId, this.instance, this.properties.lease())) {
			return; // another instance is sending it
		}
		try {
			this.dispatcher.work(deliveryId,
					() -> this.store.lease(deliveryId, this.instance, this.properties.lease()));
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Sending delivery {} failed; it is tried again", deliveryId, ex);
		}
		finally {
			this.store.release(deliveryId, this.instance);
		}
	}

	@Override
	public void start() {
		this.senders = Executors.newFixedThreadPool(DELIVERIES_SIDE_BY_SIDE, (task) -> {
			Thread thread = new Thread(task, "delivery-work");
			thread.setDaemon(true);
			return thread;
		});
		this.pump = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "delivery-pump");
			thread.setDaemon(true);
			return thread;
		});
		this.pump.schedule(this::tickAndPlanTheNext, this.properties.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.pump;
		ExecutorService workers = this.senders;
		this.pump = null;
		this.senders = null;
		for (ExecutorService executor : new ExecutorService[] { running, workers }) {
			if (executor == null) {
				continue;
			}
			executor.shutdownNow();
			try {
				executor.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.pump != null;
	}

	/** Stops before Redis connections close; an unfinished delivery is resumed later. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
