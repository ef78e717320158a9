package tw.workshopbot.broadcast;

import tw.workshopbot.chat.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Outbox.Sent;

/**
 * Sends what is due of one delivery, by whoever holds its lease: new requests and retries
 * whose pause is over, each exactly as stored. What LINE answered is written down as soon
 * as it comes back; a request whose answer got lost goes again with the same retry key,
 * and LINE's 409 says it was taken.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final long RENEW_EVERY_MILLIS = 2000;

	/**
	 * Readying a request (reading the stored body, the SDK writing it) takes a moment of
	 * CPU each; a few threads ready them side by side, so the last leaves soon after the
	 * first.
	 */
	private static final int SENDERS = 4;

	private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, (task) -> {
		Thread thread = new Thread(task, "delivery-send");
		thread.setDaemon(true);
		return thread;
	});

	private final DeliveryStore store;

	private final Outbox outbox;

	private final QuotaCheck quota;

	private final DeliveryReports reports;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final DeliveryTimers timers;

	/**
	 * Deliveries of this instance that wait for the organizers' warning about them to go
	 * first. Memory only: after a crash the delivery goes without waiting.
	 */
	private final Map<String, Warning> warnedFirst = new ConcurrentHashMap<>();

	/** A warning about a delivery, sent before it unless it takes longer than this. */
	static final java.time.Duration WARNING_HEAD_START = java.time.Duration.ofSeconds(2);

	private record Warning(String noticeId, Instant until) {
	}

	Dispatcher(DeliveryStore store, Outbox outbox, QuotaCheck quota, DeliveryReports reports,
			DeliveryProperties properties, Clock clock, DeliveryTimers timers) {
		this.store = store;
		this.outbox = outbox;
		this.quota = quota;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
		this.timers = timers;
	}

	/**
	 * @param keepLease renews the caller's lease; false when it was lost (another
	 * instance took over), and this one stops sending
	 */
	void work(String deliveryId, LeaseKeeper keepLease) {
		Optional<Delivery> found = this.store.find(deliveryId);
		if (found.isEmpty()) {
			return;
		}
		Delivery delivery = found.get();
		List<PlannedRequest> requests = this.store.requests(deliveryId);
		Instant now = this.clock.instant();
		boolean notice = delivery.kind() == DeliveryKind.ORGANIZER_NOTICE;
		// A notice is a push or two to organizers; checking its cost or reporting on it
		// would only send more notices.
		if (!notice && this.store.firstQuotaCheck(deliveryId, now)) {
			this.timers.quotaCheck(() -> this.quota.warnIfShort(delivery, requests))
				.ifPresent((warning) -> this.warnedFirst.put(deliveryId,
						new Warning(warning, now.plus(WARNING_HEAD_START))));
		}
		if (waitsForItsWarning(deliveryId, now)) {
			return;
		}
		Map<Integer, Attempts> attempts = new ConcurrentHashMap<>(this.store.attempts(deliveryId));
		List<PlannedRequest> due = new ArrayList<>();
		for (PlannedRequest request : requests) {
			Attempts attempt = attempts.getOrDefault(request.index(), Attempts.pending());
			if (!attempt.dueAt(now)) {
				continue;
			}
			if (!now.isBefore(delivery.stopAt())
					|| (attempt.firstAt() != null && !now.isBefore(attempt.firstAt().plus(Attempts.RETRY_KEY_LIFE)))) {
				save(delivery, request, attempt.abandoned("not sent before " + delivery.stopAt()), attempts);
				continue;
			}
			due.add(request);
		}
		if (!due.isEmpty() && !send(delivery, due, attempts, keepLease)) {
			return;
		}
		if (attempts.values().stream().allMatch(Attempts::settled) && attempts.size() >= requests.size()
				&& this.store.finish(deliveryId, this.clock.instant(), this.properties.keepFor()) && !notice) {
			this.reports.report(delivery, requests, attempts);
		}
	}

	private boolean waitsForItsWarning(String deliveryId, Instant now) {
		Warning warning = this.warnedFirst.get(deliveryId);
		if (warning == null) {
			return false;
		}
		if (now.isBefore(warning.until()) && this.store.finishedAt(warning.noticeId()).isEmpty()) {
			return true;
		}
		this.warnedFirst.remove(deliveryId);
		return false;
	}

	/**
	 * @return false when the lease was lost on the way
	 */
	private boolean send(Delivery delivery, List<PlannedRequest> due, Map<Integer, Attempts> attempts,
			LeaseKeeper keepLease) {
		AtomicBoolean outOfQuota = new AtomicBoolean();
		List<CompletableFuture<Void>> inFlight = submit(delivery, due, attempts, keepLease, outOfQuota);
		if (inFlight == null) {
			return false;
		}
		CompletableFuture<Void> all = CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
		while (!all.isDone()) {
			try {
				all.get(RENEW_EVERY_MILLIS, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				if (!keepLease.renew()) {
					return false;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			catch (ExecutionException ex) {
				log.warn("Delivery {}: a request's outcome could not be stored", delivery.id(), ex.getCause());
			}
		}
		if (outOfQuota.get()) {
			// LINE sends nothing more this month; the rest is reported as not sent.
			for (PlannedRequest request : due) {
				Attempts attempt = attempts.getOrDefault(request.index(), Attempts.pending());
				if (!attempt.settled()) {
					save(delivery, request, attempt.abandoned(Attempts.MONTHLY_LIMIT), attempts);
				}
			}
		}
		return true;
	}

	/** Hands the requests to LINE's client; null when the lease was lost on the way. */
	private List<CompletableFuture<Void>> submit(Delivery delivery, List<PlannedRequest> due,
			Map<Integer, Attempts> attempts, LeaseKeeper keepLease, AtomicBoolean outOfQuota) {
		List<CompletableFuture<Void>> inFlight = new ArrayList<>(due.size());
		List<CompletableFuture<?>> handed = new ArrayList<>(due.size());
		long started = System.nanoTime();
		long renewedAt = System.currentTimeMillis();
		for (PlannedRequest request : due) {
			if (outOfQuota.get()) {
				break;
			}
			if (System.currentTimeMillis() - renewedAt > RENEW_EVERY_MILLIS) {
				if (!keepLease.renew()) {
					return null;
				}
				renewedAt = System.currentTimeMillis();
			}
			Attempts before = attempts.getOrDefault(request.index(), Attempts.pending());
			CompletableFuture<CompletableFuture<Sent>> sending = CompletableFuture.supplyAsync(
					() -> this.outbox.send(request.endpoint(), request.retryKey(), request.body()), this.senders);
			handed.add(sending);
			inFlight.add(sending.thenCompose((answer) -> answer).thenAccept((sent) -> {
				if (sent.verdict() == Outbox.Verdict.MONTHLY_LIMIT) {
					outOfQuota.set(true);
				}
				save(delivery, request, after(before, sent, delivery.stopAt()), attempts);
			}));
		}
		CompletableFuture.allOf(handed.toArray(CompletableFuture[]::new))
			.thenRun(() -> this.timers.dispatched(System.nanoTime() - started));
		return inFlight;
	}

	private Attempts after(Attempts before, Sent sent, Instant stopAt) {
		Instant now = this.clock.instant();
		return switch (sent.verdict()) {
			case ACCEPTED -> before.accepted(now, sent.status(), null);
			case ACCEPTED_BEFORE -> before.accepted(now, sent.status(), "accepted before");
			case TRY_AGAIN -> before.retryLater(now, sent.status(), sent.detail(), stopAt, this.properties.maxBackoff(),
					sent.retryAfter());
			case MONTHLY_LIMIT -> before.failed(now, sent.status(), Attempts.MONTHLY_LIMIT);
			case REFUSED -> before.failed(now, sent.status(), sent.detail());
		};
	}

	private void save(Delivery delivery, PlannedRequest request, Attempts attempt, Map<Integer, Attempts> attempts) {
		this.store.save(delivery.id(), request.index(), attempt);
		attempts.put(request.index(), attempt);
		if (attempt.phase() == Attempts.Phase.FAILED) {
			log.warn("Delivery {} request {} failed: {} {}", delivery.id(), request.index(), attempt.status(),
					attempt.note());
		}
	}

	@PreDestroy
	void stopSenders() {
		this.senders.shutdownNow();
	}

	/** Keeps the delivery to this instance a while longer. */
	@FunctionalInterface
	interface LeaseKeeper {

		boolean renew();

	}

}
