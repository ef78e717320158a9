package tw.workshopbot.line;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tw.workshopbot.line.LineApiCalls.Outcome;
import tw.workshopbot.line.ReplyRules.Attempt;
import tw.workshopbot.line.ReplyRules.DeliveredEarlier;
import tw.workshopbot.line.ReplyRules.Push;
import tw.workshopbot.line.ReplyRules.Refused;
import tw.workshopbot.line.ReplyRules.Replied;
import tw.workshopbot.line.ReplyRules.Tries;
import tw.workshopbot.line.ReplyRules.TryAgain;
import tw.workshopbot.line.ReplyRules.Uncertain;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that decide the fate of an answer, without LINE or Spring. */
class ReplyRulesTest {

	private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	private static final Instant TOKEN_DIES = NOW.plusSeconds(40);

	@Test
	void anInvalidTokenOnAFirstAttemptThatSurelyNeverArrivedMeansPush() {
		assertThat(decide(Tries.NONE, Outcome.INVALID_REPLY_TOKEN, false, null)).isInstanceOf(Push.class);
	}

	@Test
	void anInvalidTokenAfterAnAttemptThatMayHaveArrivedMeansDelivered() {
		Tries afterReset = Tries.NONE.after(true);
		assertThat(decide(afterReset, Outcome.INVALID_REPLY_TOKEN, false, null)).isInstanceOf(DeliveredEarlier.class);
		assertThat(decide(Tries.NONE, Outcome.INVALID_REPLY_TOKEN, true, null)).isInstanceOf(DeliveredEarlier.class);
		assertThat(decide(Tries.INTERRUPTED, Outcome.INVALID_REPLY_TOKEN, false, null))
			.isInstanceOf(DeliveredEarlier.class);
	}

	@Test
	void failuresWorthRetryingAreTriedAgainWithGrowingPauses() {
		assertThat(decide(Tries.NONE, Outcome.SERVER_ERROR, false, null))
			.isEqualTo(new TryAgain(Duration.ofMillis(250)));
		assertThat(decide(new Tries(2, false), Outcome.NETWORK_ERROR, true, null))
			.isEqualTo(new TryAgain(Duration.ofMillis(1000)));
		assertThat(ReplyRules.pause(30)).isEqualTo(ReplyRules.LONGEST_PAUSE);
	}

	@Test
	void retryAfterIsObeyedWhenItAsksForLonger() {
		assertThat(decide(Tries.NONE, Outcome.RATE_LIMITED, false, Duration.ofSeconds(5)))
			.isEqualTo(new TryAgain(Duration.ofSeconds(5)));
	}

	@Test
	void aPauseThatWouldOutliveTheTokenEndsInAPushOnlyIfNothingMayHaveArrived() {
		Duration tooLong = Duration.ofSeconds(60);
		assertThat(decide(Tries.NONE, Outcome.RATE_LIMITED, false, tooLong)).isInstanceOf(Push.class);
		assertThat(decide(Tries.NONE.after(true), Outcome.SERVER_ERROR, false, tooLong)).isInstanceOf(Uncertain.class);
	}

	@Test
	void successAndRefusalEndIt() {
		assertThat(decide(Tries.NONE, Outcome.OK, false, null)).isInstanceOf(Replied.class);
		assertThat(decide(Tries.NONE, Outcome.CLIENT_ERROR, false, null)).isInstanceOf(Refused.class);
	}

	@Test
	void retryAfterReadsSecondsAndDates() {
		assertThat(RetryAfter.parse("5", NOW)).isEqualTo(Duration.ofSeconds(5));
		assertThat(RetryAfter.parse("Tue, 01 Dec 2026 02:00:07 GMT", NOW)).isEqualTo(Duration.ofSeconds(7));
		assertThat(RetryAfter.parse("soon", NOW)).isNull();
		assertThat(RetryAfter.parse("99999999999", NOW)).isEqualTo(RetryAfter.AT_MOST);
	}

	private static ReplyRules.Decision decide(Tries before, Outcome outcome, boolean mayHaveArrived,
			Duration retryAfter) {
		return ReplyRules.next(before, new Attempt(outcome, mayHaveArrived, retryAfter), NOW, TOKEN_DIES);
	}

}
