package tw.workshopbot.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where one request stands.
 *
 * @param firstAt the first attempt: LINE keeps a retry key for 24 hours from then
 * @param nextAt when it may be tried again; null when it may be tried now
 * @param status LINE's last HTTP status, 0 when none came back
 */
public record Attempts(Phase phase, int count, Instant firstAt, Instant nextAt, int status, String note) {

	/** LINE forgets a retry key after 24 hours; a margin keeps a retry inside it. */
	static final Duration RETRY_KEY_LIFE = Duration.ofHours(23);

	/** The note of a request LINE will not take this month. */
	static final String MONTHLY_LIMIT = "monthly limit reached";

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	public enum Phase {

		PENDING, ACCEPTED, FAILED;

	}

	static Attempts pending() {
		return new Attempts(Phase.PENDING, 0, null, null, 0, null);
	}

	boolean dueAt(Instant now) {
		return this.phase == Phase.PENDING && (this.nextAt == null || !this.nextAt.isAfter(now));
	}

	boolean settled() {
		return this.phase != Phase.PENDING;
	}

	Attempts accepted(Instant at, int status, String note) {
		return new Attempts(Phase.ACCEPTED, this.count + 1, first(at), null, status, note);
	}

	Attempts failed(Instant at, int status, String note) {
		return new Attempts(Phase.FAILED, this.count + 1, first(at), null, status, note);
	}

	/** Given up without another attempt. */
	Attempts abandoned(String note) {
		return new Attempts(Phase.FAILED, this.count, this.firstAt, null, this.status, note);
	}

	/**
	 * Tried again after a growing, jittered pause, or at least as long as LINE's
	 * Retry-After asked, unless that would fall after {@code stopAt} or outside the retry
	 * key's life: then it has failed for good.
	 */
	Attempts retryLater(Instant at, int status, String note, Instant stopAt, Duration maxBackoff, Duration retryAfter) {
		int tries = this.count + 1;
		Duration pause = FIRST_BACKOFF.multipliedBy(1L << Math.min(tries - 1, 20));
		pause = (pause.compareTo(maxBackoff) > 0) ? maxBackoff : pause;
		long jitter = ThreadLocalRandom.current().nextLong(pause.toMillis() / 4 + 1);
		Instant next = at.plus(pause).plusMillis(jitter);
		if (retryAfter != null && next.isBefore(at.plus(retryAfter))) {
			next = at.plus(retryAfter);
		}
		Instant first = first(at);
		Instant limit = first.plus(RETRY_KEY_LIFE).isBefore(stopAt) ? first.plus(RETRY_KEY_LIFE) : stopAt;
		if (!next.isBefore(limit)) {
			return new Attempts(Phase.FAILED, tries, first, null, status, note + "; no time left to retry");
		}
		return new Attempts(Phase.PENDING, tries, first, next, status, note);
	}

	/**
	 * Why the people of a failed request were not reached, in the words of
	 * {@link Delivery.Unreachable#reason()}.
	 */
	String failureReason() {
		if (MONTHLY_LIMIT.equals(this.note)) {
			return "monthly-limit";
		}
		return (this.status >= 400 && this.status < 500 && this.status != 429) ? "refused-by-line" : "not-sent";
	}

	private Instant first(Instant at) {
		return (this.firstAt != null) ? this.firstAt : at;
	}

}
