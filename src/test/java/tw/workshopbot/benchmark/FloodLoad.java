package tw.workshopbot.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

import tw.workshopbot.benchmark.SignupBenchmark.Event;

/**
 * The flood: signed webhook events of sign-up conversations from {@value #PEOPLE} people,
 * each event the next step of its person's sign-up (a person's steps are thousands of
 * events apart), posted by a fixed number of connections as fast as the bot acknowledges
 * them, or at a fixed rate whatever the bot does (an acknowledgement's time is then
 * counted from when its event was due, so a bot that falls behind is seen to).
 */
final class FloodLoad {

	static final int PEOPLE = 5_000;

	/**
	 * As many as LINE might hold open: a bot that acknowledges slowly is not spared the
	 * rest.
	 */
	private static final int OPEN_LOOP_SENDERS = 1024;

	private FloodLoad() {
	}

	/** Where the events go and what is told of each one sent. */
	interface Target {

		int port();

		/** A body for this step; the echo bot gets every step as typed text. */
		String body(Event event, String userId, String replyToken);

		/** Called with its reply token before an event is posted. */
		void sending(String replyToken, long nanos);

	}

	/** What the bot answered the webhooks of one phase. */
	record Acks(long[] latencies, int failures, long startNanos, long endNanos) {

		double perSecond() {
			return this.latencies.length / ((this.endNanos - this.startNanos) / 1e9);
		}

		double millis(double quantile) {
			if (this.latencies.length == 0) {
				return Double.NaN;
			}
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
		}

	}

	/** The people's next events, in turn: everyone's step 1, then everyone's step 2… */
	static final class Script {

		private final String prefix;

		private final AtomicLong cursor = new AtomicLong();

		Script(String prefix) {
			this.prefix = prefix;
		}

		byte[] next(Target target, String replyToken) {
			long i = this.cursor.getAndIncrement();
			int steps = SignupBenchmark.SCRIPT.size();
			int person = (int) (i % PEOPLE);
			int step = (int) ((i / PEOPLE) % steps);
			long round = i / ((long) PEOPLE * steps);
			int serial = (int) (round * PEOPLE + person);
			Event event = SignupBenchmark.SCRIPT.get(step).apply(serial);
			return target.body(event, this.prefix + round + "-" + person, replyToken).getBytes(StandardCharsets.UTF_8);
		}

	}

	/**
	 * As fast as {@code connections} connections, each waiting for its acknowledgement.
	 */
	static Acks connections(Target target, Script script, int connections, Duration length) throws Exception {
		Recorder recorder = new Recorder();
		try (CloseableHttpClient client = client(connections)) {
			ExecutorService senders = Executors.newFixedThreadPool(connections);
			long start = System.nanoTime();
			long end = start + length.toNanos();
			for (int c = 0; c < connections; c++) {
				senders.execute(() -> {
					while (System.nanoTime() < end) {
						long posted = System.nanoTime();
						post(target, script, client, recorder, posted);
					}
				});
			}
			senders.shutdown();
			senders.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
			return recorder.acks(start, System.nanoTime());
		}
	}

	/** At {@code rate} events a second, whether or not the bot keeps up. */
	static Acks rate(Target target, Script script, int rate, Duration length) throws Exception {
		Recorder recorder = new Recorder();
		try (CloseableHttpClient client = client(OPEN_LOOP_SENDERS)) {
			ExecutorService senders = Executors.newFixedThreadPool(OPEN_LOOP_SENDERS);
			long start = System.nanoTime();
			long events = rate * length.toSeconds();
			for (long k = 0; k < events; k++) {
				long due = start + k * 1_000_000_000L / rate;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				senders.execute(() -> post(target, script, client, recorder, due));
			}
			senders.shutdown();
			senders.awaitTermination(120, TimeUnit.SECONDS);
			return recorder.acks(start, System.nanoTime());
		}
	}

	private static void post(Target target, Script script, CloseableHttpClient client, Recorder recorder, long since) {
		String token = UUID.randomUUID().toString().replace("-", "");
		byte[] body = script.next(target, token);
		target.sending(token, System.nanoTime());
		try {
			int status = ReplyingLine.postWebhook(client, target.port(), body);
			recorder.record(System.nanoTime() - since, status == 200);
		}
		catch (IOException ex) {
			recorder.record(System.nanoTime() - since, false);
		}
	}

	private static CloseableHttpClient client(int connections) {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(connections)
				.setMaxConnPerRoute(connections)
				.build())
			.disableAutomaticRetries()
			.build();
	}

	private static final class Recorder {

		private final long[] latencies = new long[1_000_000];

		private final AtomicInteger count = new AtomicInteger();

		private final AtomicInteger failures = new AtomicInteger();

		void record(long nanos, boolean ok) {
			if (!ok) {
				this.failures.incrementAndGet();
				return;
			}
			int i = this.count.getAndIncrement();
			if (i < this.latencies.length) {
				this.latencies[i] = nanos;
			}
		}

		Acks acks(long start, long end) {
			return new Acks(Arrays.copyOf(this.latencies, Math.min(this.count.get(), this.latencies.length)),
					this.failures.get(), start, end);
		}

	}

}
