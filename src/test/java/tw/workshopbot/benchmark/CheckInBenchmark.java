package tw.workshopbot.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

import tw.workshopbot.setup.RedisServerProcess;

/**
 * The 14:30 rush: {@code bench.participants} (2,000) registrants send 簽到 at random
 * moments within {@code bench.rushSeconds} (60), then 簽退 the same way, against the
 * packaged service run as its own process with WireMock answering as LINE. Prints events
 * per second and the time from posting an event to WireMock receiving the bot's reply
 * (p50, p99), per phase, and how many answers said 已簽到 / 已簽退. The workshop's early-leave
 * grace covers the whole session so that check-outs count as complete without waiting two
 * hours. Last, as many people again send 簽到 all at once: the ceiling. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbench.skipWebhook -Dbench.skipRoster
 * -Dbench.skipSignup -Dbench.skipDelivery} (README: Speed).
 */
public final class CheckInBenchmark {

	private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 2_000);

	private static final int RUSH_SECONDS = Integer.getInteger("bench.rushSeconds", 60);

	private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 3);

	private static final int SENDERS = Integer.getInteger("bench.senders", 32);

	private static final int IMPORT_BATCH = 1_000;

	private CheckInBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("checkin-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		ReplyClock replies = new ReplyClock();
		WireMockServer line = ReplyingLine.start(replies);
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), line.baseUrl(), work);
		try {
			ServiceProcess.awaitUp(port);
			HttpClient http = HttpClient.newHttpClient();
			int serial = 0;
			for (int round = 1; round <= WARMUP_ROUNDS; round++) {
				String prefix = "Uwarm" + round + "x";
				register(http, port, prefix, serial);
				serial += PARTICIPANTS;
				Phase in = rush(port, replies, prefix, "簽到", 0);
				Phase out = rush(port, replies, prefix, "簽退", 0);
				System.out.printf("Warm-up round %d: %,d check-ins and check-outs at full speed, p99 %.1f / %.1f ms%n",
						round, PARTICIPANTS, in.millis(0.99), out.millis(0.99));
			}
			register(http, port, "Urush", serial);
			Phase in = rush(port, replies, "Urush", "簽到", RUSH_SECONDS);
			Phase out = rush(port, replies, "Urush", "簽退", RUSH_SECONDS);
			System.out.printf("%nCheck-in benchmark: %,d participants, each phase spread over %d s, %d cores%n",
					PARTICIPANTS, RUSH_SECONDS, Runtime.getRuntime().availableProcessors());
			in.print("check-in ", "已簽到");
			out.print("check-out", "已簽退");
			Phase flood = rushAgain(http, port, replies, serial + PARTICIPANTS);
			flood.print("check-in, all at once", "已簽到");
			System.out.printf("  service after run    RSS %.0f MB (-Xmx256m)%n", ServiceProcess.rssMegabytes(service));
		}
		finally {
			service.destroy();
			service.waitFor();
			line.stop();
			redis.stop();
		}
	}

	/** The same number of people again, all as fast as the senders go: the ceiling. */
	private static Phase rushAgain(HttpClient http, int port, ReplyClock replies, int serial) throws Exception {
		register(http, port, "Uflood", serial);
		return rush(port, replies, "Uflood", "簽到", 0);
	}

	/**
	 * A workshop running now: check-in open and on time, and an early-leave grace of
	 * three hours so any check-out is complete. Its registrants are {prefix}0…, linked.
	 */
	/** A LINE-shaped user id (U and 32 hex digits), one per prefix and person. */
	static String userId(String prefix, int person) {
		return "U"
				+ java.util.UUID.nameUUIDFromBytes((prefix + person).getBytes(java.nio.charset.StandardCharsets.UTF_8))
					.toString()
					.replace("-", "");
	}

	private static void register(HttpClient http, int port, String prefix, int serial) throws Exception {
		Instant starts = Instant.now().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MINUTES);
		String workshop = """
				{"title":"效能測試工作坊 %s","startsAt":"%s","endsAt":"%s","registrationClosesAt":"%s",\
				"learningHours":2,"earlyLeaveGraceMinutes":180}""".formatted(prefix, starts,
				starts.plus(Duration.ofHours(2)), starts.minus(Duration.ofMinutes(10)));
		String created = send(http, port, "/api/workshops", workshop, 201);
		int at = created.indexOf("\"id\":\"") + 6;
		String id = created.substring(at, created.indexOf('"', at));
		for (int from = 0; from < PARTICIPANTS; from += IMPORT_BATCH) {
			StringBuilder batch = new StringBuilder("[");
			for (int i = from; i < Math.min(PARTICIPANTS, from + IMPORT_BATCH); i++) {
				String row = RosterBenchmark.row(i, serial + i);
				batch.append((i > from) ? "," : "")
					.append(row, 0, row.length() - 1)
					.append(",\"lineUserId\":\"")
					.append(userId(prefix, i))
					.append("\"}");
			}
			send(http, port, "/api/workshops/" + id + "/registrations", batch.append(']').toString(), 201);
		}
	}

	private static String send(HttpClient http, int port, String path, String body, int expected) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + ServiceProcess.ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/**
	 * Everyone sends the command once, at a random moment within the spread (at once when
	 * 0), and waits for the answer.
	 */
	private static Phase rush(int port, ReplyClock replies, String prefix, String command, int spreadSeconds)
			throws Exception {
		Phase phase = new Phase(PARTICIPANTS);
		replies.phase = phase;
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger failures = new AtomicInteger();
		try (CloseableHttpClient client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(SENDERS)
				.setMaxConnPerRoute(SENDERS)
				.build())
			.disableAutomaticRetries()
			.build()) {
			phase.start = System.nanoTime();
			for (int person = 0; person < PARTICIPANTS; person++) {
				String userId = userId(prefix, person);
				long delay = (spreadSeconds > 0)
						? ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(spreadSeconds)) : 0;
				timer.schedule(() -> senders.execute(() -> postEvent(client, port, replies, userId, command, failures)),
						delay, TimeUnit.NANOSECONDS);
			}
			if (!phase.done.await(spreadSeconds + 120L, TimeUnit.SECONDS)) {
				System.out.printf("  %,d answers never came%n", phase.done.getCount());
			}
		}
		finally {
			timer.shutdownNow();
			senders.shutdown();
			senders.awaitTermination(10, TimeUnit.SECONDS);
		}
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " webhooks were not answered 200");
		}
		return phase;
	}

	private static void postEvent(CloseableHttpClient client, int port, ReplyClock replies, String userId,
			String command, AtomicInteger failures) {
		String replyToken = UUID.randomUUID().toString().replace("-", "");
		byte[] body = ReplyingLine.event(userId, replyToken, ReplyingLine.text(command))
			.getBytes(StandardCharsets.UTF_8);
		replies.waiting.put(replyToken, System.nanoTime());
		try {
			if (ReplyingLine.postWebhook(client, port, body) != 200) {
				failures.incrementAndGet();
			}
		}
		catch (java.io.IOException ex) {
			failures.incrementAndGet();
		}
	}

	/** One phase's answers: latencies, when the last came, what they said. */
	private static final class Phase {

		private final long[] latencies;

		private final AtomicInteger answered = new AtomicInteger();

		private final AtomicInteger confirmed = new AtomicInteger();

		private final AtomicLong last = new AtomicLong();

		private final CountDownLatch done;

		private volatile long start;

		private volatile String sample = "";

		Phase(int people) {
			this.latencies = new long[people];
			this.done = new CountDownLatch(people);
		}

		void answered(long latency, String reply) {
			int index = this.answered.getAndIncrement();
			if (index < this.latencies.length) {
				this.latencies[index] = latency;
			}
			this.last.set(System.nanoTime());
			this.sample = reply;
			this.done.countDown();
		}

		double millis(double quantile) {
			long[] sorted = Arrays.copyOf(this.latencies, Math.min(this.answered.get(), this.latencies.length));
			Arrays.sort(sorted);
			int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
			return (sorted.length == 0) ? Double.NaN : sorted[index] / 1e6;
		}

		void print(String name, String expected) {
			double seconds = (this.last.get() - this.start) / 1e9;
			System.out.printf(
					"  %-22s %,.0f events/s over %.1f s; event to reply p50 %.1f ms  p99 %.1f ms  max %.1f ms;"
							+ " %,d of %,d answers say %s%n",
					name, this.answered.get() / seconds, seconds, millis(0.50), millis(0.99), millis(1.0),
					this.confirmed.get(), this.latencies.length, expected);
			if (this.confirmed.get() != this.latencies.length) {
				System.out.println("    for instance: " + this.sample);
			}
		}

	}

	/** Matches replies to the events posted, for the phase under way. */
	private static final class ReplyClock extends ReplyingLine.ReplyClock {

		private final Map<String, Long> waiting = new ConcurrentHashMap<>();

		private volatile Phase phase;

		@Override
		void replied(String replyToken, String body, long nanos) {
			Long posted = this.waiting.remove(replyToken);
			Phase current = this.phase;
			if (posted != null && current != null) {
				if (body.contains("已簽到") || body.contains("已簽退")) {
					current.confirmed.incrementAndGet();
				}
				current.answered(nanos - posted, body);
			}
		}

	}

}
