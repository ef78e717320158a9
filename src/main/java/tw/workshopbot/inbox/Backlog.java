package tw.workshopbot.inbox;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Events this instance took in and has not handled yet. Past {@code inbox.backlog-limit}
 * the webhook waits for room before taking more (up to {@code inbox.room-wait}, well
 * inside LINE's 2 s), so that a flood is acknowledged more slowly instead of taking the
 * cores the inbox workers need; a sender that waits for its acknowledgement (LINE does)
 * then sends no faster than the workers answer. An event that finds no room even then is
 * answered 「系統忙碌」 by reply at once and not stored, as while Redis is away: the backlog
 * never grows past what is answered while reply tokens live, and no event waits so long
 * that it must be answered by paid push.
 * <p>
 * Counted in memory: events another instance handles are not seen here, so whenever this
 * instance has nothing in hand the count starts again from zero.
 */
@Component
public class Backlog {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition room = this.lock.newCondition();

	private final InboxProperties properties;

	private int events;

	Backlog(InboxProperties properties, MeterRegistry meters) {
		this.properties = properties;
		Gauge.builder("inbox.backlog", this, Backlog::size)
			.description("Events taken in here and not handled yet")
			.register(meters);
	}

	/**
	 * Until when (on {@link System#nanoTime()}) a webhook arriving now waits for room.
	 */
	public long roomDeadline() {
		return System.nanoTime() + this.properties.roomWait().toNanos();
	}

	/**
	 * Waits until there is room for one more event, at most until {@code deadline}: one
	 * deadline for all the events of a webhook, so that it is answered in time.
	 * @return false when there was none in time
	 */
	public boolean awaitRoom(long deadline) {
		long nanos = deadline - System.nanoTime();
		this.lock.lock();
		try {
			while (this.events >= this.properties.backlogLimit()) {
				if (nanos <= 0) {
					return false;
				}
				nanos = this.room.awaitNanos(nanos);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

	public void added() {
		this.lock.lock();
		try {
			this.events++;
		}
		finally {
			this.lock.unlock();
		}
	}

	void handled() {
		this.lock.lock();
		try {
			if (this.events > 0) {
				this.events--;
			}
			this.room.signal();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Nothing in hand here: whatever the count says was handled elsewhere. */
	void idle() {
		this.lock.lock();
		try {
			this.events = 0;
			this.room.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	int size() {
		this.lock.lock();
		try {
			return this.events;
		}
		finally {
			this.lock.unlock();
		}
	}

}
