package tw.workshopbot.line;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Waits for SDK calls and names their outcome, counted per operation (Prometheus:
 * line_api_calls_total{operation, outcome}). Errors carry only LINE's status and message.
 */
@Component
class LineApiCalls {

	enum Outcome {

		OK("ok"), ACCEPTED_BEFORE("accepted-before"), INVALID_REPLY_TOKEN("invalid-reply-token"),
		RATE_LIMITED("rate-limited"), MONTHLY_LIMIT("monthly-limit"), CLIENT_ERROR("client-error"),
		SERVER_ERROR("server-error"), NETWORK_ERROR("network-error"), UNCONFIGURED("unconfigured");

		final String tag;

		Outcome(String tag) {
			this.tag = tag;
		}

		boolean worthRetrying() {
			return this == RATE_LIMITED || this == SERVER_ERROR || this == NETWORK_ERROR;
		}

	}

	/**
	 * @param status LINE's HTTP status; 0 when none came back
	 * @param mayHaveArrived whether the request may have reached LINE although no answer
	 * said so (a reset or time-out after it was sent); false only when LINE answered, or
	 * the connection was never made
	 * @param retryAfter what LINE's Retry-After asked for, or null
	 */
	record Call<T>(Outcome outcome, Optional<T> body, int status, String error, boolean mayHaveArrived,
			Duration retryAfter) {

		static <T> Call<T> ok(T body) {
			return new Call<>(Outcome.OK, Optional.ofNullable(body), 200, null, false, null);
		}

		static <T> Call<T> noAnswer(String error, boolean mayHaveArrived) {
			return new Call<>(Outcome.NETWORK_ERROR, Optional.empty(), 0, error, mayHaveArrived, null);
		}

	}

	private static final long WAIT_SECONDS = 30;

	private final MeterRegistry registry;

	private final Clock clock;

	LineApiCalls(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	<T> Call<T> await(String operation, CompletableFuture<Result<T>> future) {
		Call<T> call = outcomeOf(future);
		count(operation, call.outcome());
		return call;
	}

	/** The call's outcome once it completes, counted, without blocking a thread on it. */
	<T> CompletableFuture<Call<T>> whenDone(String operation, CompletableFuture<Result<T>> future) {
		return future.handle((result, failure) -> {
			Call<T> call = (failure == null) ? Call.ok(result.body()) : failed(unwrap(failure));
			count(operation, call.outcome());
			return call;
		});
	}

	/** Counts the outcome when the call completes, for calls nobody waits for. */
	<T> void countWhenDone(String operation, CompletableFuture<Result<T>> future) {
		future.whenComplete((result, failure) -> count(operation,
				failure == null ? Outcome.OK : failed(unwrap(failure)).outcome()));
	}

	void count(String operation, Outcome outcome) {
		count(operation, outcome.tag);
	}

	/**
	 * Counts what became of something made of several calls (operation "answer": replied,
	 * delivered-earlier, pushed, push-failed, uncertain, refused, not-addressable).
	 */
	void count(String operation, String outcome) {
		Counter.builder("line.api.calls")
			.description("Calls to the LINE Messaging API by outcome")
			.tag("operation", operation)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

	private <T> Call<T> outcomeOf(CompletableFuture<Result<T>> future) {
		try {
			Result<T> result = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
			return Call.ok(result.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Call.noAnswer("interrupted", true);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return Call.noAnswer("timeout", true);
		}
		catch (ExecutionException ex) {
			return failed(ex.getCause());
		}
	}

	private <T> Call<T> failed(Throwable cause) {
		if (cause instanceof AbstractLineClientException answered && answered.getCode() >= 200
				&& answered.getCode() < 300) {
			// LINE took the request; only its answer's body could not be read.
			return new Call<>(Outcome.OK, Optional.empty(), answered.getCode(), null, false, null);
		}
		if (cause instanceof AbstractLineClientException answered && answered.getCode() > 0) {
			String error = (cause instanceof MessagingApiClientException api) ? api.getError()
					: cause.getClass().getSimpleName();
			return new Call<>(classify(answered.getCode(), error), Optional.empty(), answered.getCode(), error, false,
					RetryAfter.parse(answered.getHeader("Retry-After"), this.clock.instant()));
		}
		boolean neverConnected = cause instanceof ConnectException || cause instanceof UnknownHostException;
		return Call.noAnswer(cause.getClass().getSimpleName(), !neverConnected);
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null)
				? failure.getCause() : failure;
	}

	static Outcome classify(int status, String error) {
		String message = error == null ? "" : error.toLowerCase(java.util.Locale.ROOT);
		if (status == 409) {
			return Outcome.ACCEPTED_BEFORE;
		}
		if (status == 400 && message.contains("reply token")) {
			return Outcome.INVALID_REPLY_TOKEN;
		}
		if (status == 429) {
			return message.contains("monthly limit") ? Outcome.MONTHLY_LIMIT : Outcome.RATE_LIMITED;
		}
		return status >= 500 ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR;
	}

}
