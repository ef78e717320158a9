package tw.workshopbot.line;

import java.time.Duration;
import java.time.Instant;

import tw.workshopbot.line.LineApiCalls.Outcome;

/**
 * What to do after each attempt to answer an event with its reply token, decided from
 * what was recorded of the attempts so far, so that the person gets the answer exactly
 * once. A reply token works once: LINE calls it invalid both when it expired and when it
 * was used. Only an attempt of ours can have used it, so "invalid" after an attempt that
 * may have reached LINE (no answer, a reset, a time-out, a silent resend) means the
 * answer was delivered then; "invalid" on a first attempt LINE surely never took means
 * the token was dead and the answer must go by push.
 */
final class ReplyRules {

	/** The first pause after a failed attempt; each next one doubles. */
	static final Duration FIRST_PAUSE = Duration.ofMillis(250);

	/** No pause is longer than this, unless LINE asks for it with Retry-After. */
	static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);

	private ReplyRules() {
	}

	/**
	 * What is known of the attempts made for one event.
	 *
	 * @param attempts attempts that got an outcome
	 * @param mayHaveArrived whether any attempt may have reached LINE without our hearing
	 * it was refused
	 */
	record Tries(int attempts, boolean mayHaveArrived) {

		static final Tries NONE = new Tries(0, false);

		/** After a process died mid-answer: what it sent may have arrived. */
		static final Tries INTERRUPTED = new Tries(1, true);

		Tries after(boolean arrivedMaybe) {
			return new Tries(this.attempts + 1, this.mayHaveArrived || arrivedMaybe);
		}

	}

	/** The outcome of one attempt, as the rules need it. */
	record Attempt(Outcome outcome, boolean mayHaveArrived, Duration retryAfter) {
	}

	sealed interface Decision {

	}

	/** LINE took the reply now. */
	record Replied() implements Decision {
	}

	/** An earlier attempt used the token: the person has the answer. */
	record DeliveredEarlier() implements Decision {
	}

	/** Try the reply again after this pause. */
	record TryAgain(Duration after) implements Decision {
	}

	/** The token is dead and was never used by us: push, with the event's retry key. */
	record Push() implements Decision {
	}

	/**
	 * The token's life ran out while some attempt may have arrived: a push could repeat
	 * the answer, so nothing more is sent.
	 */
	record Uncertain() implements Decision {
	}

	/** LINE refused the request itself (4xx): a push would be refused alike. */
	record Refused() implements Decision {
	}

	/**
	 * @param before what was known before this attempt
	 * @param attempt its outcome
	 * @param now when it came back
	 * @param tokenDeadline until when the reply token surely lives
	 */
	static Decision next(Tries before, Attempt attempt, Instant now, Instant tokenDeadline) {
		Tries after = before.after(attempt.mayHaveArrived());
		return switch (attempt.outcome()) {
			case OK -> new Replied();
			case INVALID_REPLY_TOKEN ->
				before.mayHaveArrived() || attempt.mayHaveArrived() ? new DeliveredEarlier() : new Push();
			case RATE_LIMITED, SERVER_ERROR, NETWORK_ERROR -> againOrGiveUp(after, attempt, now, tokenDeadline);
			default -> new Refused();
		};
	}

	/** What to do when the token is known to be past its life before any attempt. */
	static Decision expired(Tries before) {
		return before.mayHaveArrived() ? new Uncertain() : new Push();
	}

	private static Decision againOrGiveUp(Tries after, Attempt attempt, Instant now, Instant tokenDeadline) {
		Duration pause = pauseAfter(after.attempts(), attempt.retryAfter());
		if (now.plus(pause).isBefore(tokenDeadline)) {
			return new TryAgain(pause);
		}
		return expired(after);
	}

	/** The back-off after so many attempts, or longer when LINE's Retry-After asks. */
	static Duration pauseAfter(int attemptsSoFar, Duration retryAfter) {
		Duration pause = pause(attemptsSoFar);
		return (retryAfter != null && retryAfter.compareTo(pause) > 0) ? retryAfter : pause;
	}

	/** 250 ms, 500 ms, 1 s, 2 s, … at most {@link #LONGEST_PAUSE}. */
	static Duration pause(int attemptsSoFar) {
		int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 10);
		Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
		return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
	}

}
