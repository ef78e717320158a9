package tw.workshopbot.inbox;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.chat.ChatEventHandler;

/**
 * Drains chats' inboxes: one chat at a time per chat (a Redis lease across instances, a
 * local flag within this one), several chats in parallel. The webhook schedules a chat as
 * soon as it stored an event; a poll of the pending index catches what others left and
 * what waited for Redis.
 */
@Component
public class InboxWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

	private final Inbox inbox;

	private final ChatEventHandler handler;

	private final EventCounters counters;

	private final InboxProperties properties;

	private final String owner = UUID.randomUUID().toString();

	/** Chats being drained here; TRUE means "more arrived meanwhile: drain once more". */
	private final ConcurrentHashMap<String, Boolean> active = new ConcurrentHashMap<>();

	private final AtomicBoolean redisTroubleReported = new AtomicBoolean();

	private volatile ExecutorService pool;

	private volatile ScheduledExecutorService poller;

	private final Backlog backlog;

	InboxWorkers(Inbox inbox, ChatEventHandler handler, EventCounters counters, InboxProperties properties,
			Backlog backlog) {
		this.backlog = backlog;
		this.inbox = inbox;
		this.handler = handler;
		this.counters = counters;
		this.properties = properties;
	}

	public void schedule(String chatKey) {
		ExecutorService workers = this.pool;
		if (workers == null) {
			return; // not running: the event waits in Redis for the poll after start-up
		}
		boolean[] start = { false };
		this.active.compute(chatKey, (key, rerun) -> {
			start[0] = (rerun == null);
			return rerun != null;
		});
		if (start[0]) {
			try {
				workers.execute(() -> run(chatKey));
			}
			catch (RejectedExecutionException ex) {
				// Shutting down: the event stays pending in Redis for the next start.
				this.active.remove(chatKey);
			}
		}
	}

	private void run(String chatKey) {
		do {
			drain(chatKey);
		}
		while (this.active.compute(chatKey, (key, rerun) -> Boolean.TRUE.equals(rerun) ? Boolean.FALSE : null) != null);
	}

	private void drain(String chatKey) {
		try {
			drainClaimed(chatKey);
			this.redisTroubleReported.set(false);
		}
		catch (DataAccessException ex) {
			reportRedisTrouble("while handling events; they stay in the inbox and are retried", ex);
		}
	}

	private void drainClaimed(String chatKey) {
		List<String> batch = this.inbox.claim(chatKey, this.owner);
		while (batch != null && !batch.isEmpty()) {
			for (String entry : batch) {
				handle(chatKey, entry);
				long left = this.inbox.acknowledgeHead(chatKey, this.owner);
				if (left < 0) {
					log.warn("Lost the lease on a chat's inbox while handling it; another worker continues");
					return;
				}
				// Empty: the same script released the lease and took the chat off the
				// index.
				if (left == 0) {
					return;
				}
			}
			batch = this.inbox.claim(chatKey, this.owner);
		}
		if (batch != null) {
			this.inbox.release(chatKey, this.owner);
		}
	}

	/**
	 * Logged once per outage: every worker and the poll would otherwise repeat it many
	 * times a second.
	 */
	private void reportRedisTrouble(String what, DataAccessException ex) {
		if (this.redisTroubleReported.compareAndSet(false, true)) {
			log.warn("Redis unavailable {}: {}", what, ex.getClass().getSimpleName());
		}
	}

	private void handle(String chatKey, String entry) {
		ChatEvent event;
		try {
			event = this.inbox.open(entry);
		}
		catch (RuntimeException ex) {
			log.error("An inbox entry cannot be read ({}); set aside", ex.getClass().getSimpleName());
			this.inbox.setAside(chatKey, entry);
			this.counters.dropped("unreadable");
			return;
		}
		try {
			this.handler.handle(event);
			this.counters.handled();
			this.backlog.handled();
		}
		catch (DataAccessException ex) {
			throw ex; // Redis trouble: the event stays at the head and is retried
		}
		catch (RuntimeException ex) {
			// Only the type and where: a message could quote what the person typed.
			log.error("Handling a {} event failed with {} at {}; set aside", event.getClass().getSimpleName(),
					ex.getClass().getName(), ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "?");
			this.inbox.setAside(chatKey, entry);
			this.counters.dropped("handler-failed");
			this.backlog.handled();
		}
	}

	private void pollPending() {
		if (this.active.isEmpty()) {
			this.backlog.idle();
		}
		try {
			for (String chatKey : this.inbox.pendingChats(64)) {
				// A chat being drained here sees its new events through the
				// acknowledgement;
				// a rerun would only claim an empty inbox and release it again.
				if (!this.active.containsKey(chatKey)) {
					schedule(chatKey);
				}
			}
		}
		catch (DataAccessException ex) {
			reportRedisTrouble("while polling; pending events wait", ex);
		}
		catch (RuntimeException ex) {
			log.error("Polling the inbox failed", ex);
		}
	}

	@Override
	public void start() {
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(this.properties.workers(), (task) -> {
			Thread thread = new Thread(task, "inbox-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "inbox-poll");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.pollEvery().toMillis();
		this.poller.scheduleWithFixedDelay(this::pollPending, 0, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService poll = this.poller;
		ExecutorService workers = this.pool;
		this.pool = null;
		this.poller = null;
		if (poll != null) {
			poll.shutdownNow();
		}
		if (workers != null) {
			workers.shutdown();
			try {
				if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
					workers.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				workers.shutdownNow();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.pool != null;
	}

	/**
	 * Stop before Redis connections close, so in-flight events finish or stay pending.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
