package tw.workshopbot.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import java.util.function.IntFunction;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

import tw.workshopbot.chat.Said;
import tw.workshopbot.setup.RedisServerProcess;

import static com.github.tomakehurst.wiremock.client.WireMock.post;

/**
 * Many people signing up at once, each a whole conversation of {@value #STEPS} events (報名
 * … 確認送出, a change from the summary, 我的報名), against the packaged service run as its own
 * process with WireMock answering as LINE. Each person sends their next event only once
 * the bot answered the last, after a pause, so that together they send {@code bench.rate}
 * events a second. Prints events per second, the time from posting an event to WireMock
 * receiving the bot's reply (p50, p99), and the service's heap. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbench.skipWebhook -Dbench.skipRoster}.
 */
public final class SignupBenchmark {

	static final int STEPS = 20;

	private static final int PEOPLE = Integer.getInteger("bench.people", 1_000);

	private static final int WARMUP_PEOPLE = Integer.getInteger("bench.warmupPeople", 500);

	private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 20);

	/** Compiling under 5% of a core: the JIT has settled. */
	private static final double JIT_SETTLED = 0.05;

	/** Events a second all people send together; 0 sends each next event at once. */
	private static final int RATE = Integer.getInteger("bench.rate", 1_200);

	private static final int SENDERS = Integer.getInteger("bench.senders", 32);

	private SignupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("signup-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		Map<String, Sent> waiting = new ConcurrentHashMap<>();
		ReplyClock replies = new ReplyClock(waiting);
		WireMockServer line = ReplyingLine.start(replies);
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), line.baseUrl(), work);
		try {
			ServiceProcess.awaitUp(port);
			HttpClient http = HttpClient.newHttpClient();
			String workshop = RosterBenchmark.createWorkshop(http, port);
			int warmedUp = warmUp(http, port, waiting, replies);
			try (Crowd crowd = new Crowd(port, waiting, "Upeople", PEOPLE, warmedUp, RATE)) {
				replies.crowd = crowd;
				Result result = crowd.signUp();
				report(result, http, port, service, workshop);
			}
		}
		finally {
			service.destroy();
			service.waitFor();
			line.stop();
			redis.stop();
		}
	}

	/**
	 * Crowds without pauses until the service's JIT compiler used under 5% of a core in
	 * two rounds in a row: a service that has run for an hour has its hot paths compiled,
	 * and a compiling JVM takes a core from the load. Returns how many people signed up
	 * meanwhile.
	 */
	private static int warmUp(HttpClient http, int port, Map<String, Sent> waiting, ReplyClock replies)
			throws Exception {
		int people = 0;
		int settled = 0;
		for (int round = 1; round <= WARMUP_ROUNDS; round++) {
			double compiledBefore = ServiceProcess.metric(http, port, "jvm.compilation.time");
			long start = System.nanoTime();
			try (Crowd crowd = new Crowd(port, waiting, "Uwarm" + round + "-", WARMUP_PEOPLE, people, 0)) {
				replies.crowd = crowd;
				Result result = crowd.signUp();
				double jit = (ServiceProcess.metric(http, port, "jvm.compilation.time") - compiledBefore)
						/ ((System.nanoTime() - start) / 1e6);
				System.out.printf("Warm-up round %d: %,d people, %,.0f events/s, p99 %.0f ms; JIT %.0f%% of a core%n",
						round, WARMUP_PEOPLE, result.eventsPerSecond(), p99(result.latencies()), 100 * jit);
				people += WARMUP_PEOPLE;
				settled = (jit < JIT_SETTLED) ? settled + 1 : 0;
				if (settled == 2) {
					break; // twice in a row: one quiet round can fall between bursts of
							// compiling
				}
			}
		}
		return people;
	}

	private static double p99(long[] latencies) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		return millis(sorted, 0.99);
	}

	/** An event posted and not yet answered: whose, which step, since when. */
	private record Sent(int person, int step, long postedNanos) {
	}

	/**
	 * Takes the time a reply reaches WireMock, before it is matched to a stub, and lets
	 * the person go on.
	 */
	private static final class ReplyClock extends ReplyingLine.ReplyClock {

		private final Map<String, Sent> waiting;

		private volatile Crowd crowd;

		ReplyClock(Map<String, Sent> waiting) {
			this.waiting = waiting;
		}

		@Override
		void replied(String replyToken, String body, long nanos) {
			Sent sent = this.waiting.remove(replyToken);
			Crowd current = this.crowd;
			if (sent != null && current != null) {
				current.answered(sent, nanos - sent.postedNanos(), body);
			}
		}

	}

	/**
	 * What one crowd's sign-ups measured.
	 *
	 * @param steadyPerSecond the rate while all were at it: the middle 80% of the
	 * answers, without the first people's start and the last ones' finish
	 */
	private record Result(long[] latencies, long[][] byStep, double eventsPerSecond, double steadyPerSecond,
			int signedUp, int stalled) {
	}

	/** People who each go through a whole sign-up, one event per answer. */
	private static final class Crowd implements AutoCloseable {

		private final int port;

		private final Map<String, Sent> waiting;

		private final String prefix;

		private final int people;

		private final int idOffset;

		private final long[] latencies;

		private final long[][] byStep;

		private final long[] answeredAt;

		private final AtomicInteger answered = new AtomicInteger();

		private final AtomicInteger registered = new AtomicInteger();

		private final AtomicInteger failures = new AtomicInteger();

		private final CountDownLatch finished;

		private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);

		private final ScheduledExecutorService pauses = Executors.newScheduledThreadPool(2);

		private final CloseableHttpClient client;

		private final AtomicLong lastAnswer = new AtomicLong();

		private final int rate;

		Crowd(int port, Map<String, Sent> waiting, String prefix, int people, int idOffset, int rate) {
			this.rate = rate;
			this.port = port;
			this.waiting = waiting;
			this.prefix = prefix;
			this.people = people;
			this.idOffset = idOffset;
			this.latencies = new long[people * STEPS];
			this.byStep = new long[STEPS][people];
			this.answeredAt = new long[people * STEPS];
			this.finished = new CountDownLatch(people);
			this.client = HttpClients.custom()
				.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
					.setMaxConnTotal(SENDERS)
					.setMaxConnPerRoute(SENDERS)
					.build())
				.disableAutomaticRetries()
				.build();
		}

		Result signUp() throws InterruptedException {
			long start = System.nanoTime();
			long spread = pauseNanos();
			for (int person = 0; person < this.people; person++) {
				int who = person;
				// Everyone starts within one pause, not all in the same millisecond.
				long delay = (spread > 0) ? ThreadLocalRandom.current().nextLong(spread) : 0;
				this.pauses.schedule(() -> send(who, 0), delay, TimeUnit.NANOSECONDS);
			}
			boolean all = this.finished.await(10, TimeUnit.MINUTES);
			double seconds = (this.lastAnswer.get() - start) / 1e9;
			int count = this.answered.get();
			long[] measured = Arrays.copyOf(this.latencies, count);
			long[] times = Arrays.copyOf(this.answeredAt, count);
			Arrays.sort(times);
			int from = count / 10;
			int to = count * 9 / 10;
			double steady = (to - from) / ((times[to - 1] - times[from]) / 1e9);
			return new Result(measured, this.byStep, count / seconds, steady, this.registered.get(),
					all ? 0 : (int) this.finished.getCount());
		}

		private long pauseNanos() {
			return (this.rate > 0) ? TimeUnit.SECONDS.toNanos(this.people) / this.rate : 0;
		}

		void answered(Sent sent, long latency, String reply) {
			int index = this.answered.getAndIncrement();
			if (index < this.latencies.length) {
				this.latencies[index] = latency;
				this.answeredAt[index] = System.nanoTime();
			}
			this.byStep[sent.step()][sent.person()] = latency;
			this.lastAnswer.set(System.nanoTime());
			if (sent.step() == STEPS - 2 && reply.contains("報名完成")) {
				this.registered.incrementAndGet();
			}
			if (sent.step() == STEPS - 1) {
				this.finished.countDown();
				return;
			}
			long mean = pauseNanos();
			long pause = (mean > 0) ? mean / 2 + ThreadLocalRandom.current().nextLong(mean) : 0;
			this.pauses.schedule(() -> send(sent.person(), sent.step() + 1), pause, TimeUnit.NANOSECONDS);
		}

		private void send(int person, int step) {
			this.senders.execute(() -> {
				String replyToken = UUID.randomUUID().toString().replace("-", "");
				byte[] body = SCRIPT.get(step)
					.apply(this.idOffset + person)
					.body(this.prefix + person, replyToken)
					.getBytes(StandardCharsets.UTF_8);
				this.waiting.put(replyToken, new Sent(person, step, System.nanoTime()));
				try {
					if (ReplyingLine.postWebhook(this.client, this.port, body) != 200) {
						this.failures.incrementAndGet();
					}
				}
				catch (java.io.IOException ex) {
					this.failures.incrementAndGet();
				}
			});
		}

		@Override
		public void close() throws Exception {
			this.pauses.shutdownNow();
			this.senders.shutdown();
			this.senders.awaitTermination(10, TimeUnit.SECONDS);
			this.client.close();
			if (this.failures.get() > 0) {
				throw new IllegalStateException(this.failures.get() + " webhooks were not answered 200");
			}
		}

	}

	/**
	 * One person's conversation: (serial) → the event's JSON, made from a string rather
	 * than through a JSON tree, so that the load JVM leaves the cores to the service.
	 * Taps are postbacks with the data the bot's buttons carry.
	 */
	static final List<IntFunction<Event>> SCRIPT = List.of(typed((n) -> "報名"),
			tapped((n) -> Map.of("s", "notice", "t", "同意")), typed((n) -> "測試" + n), typed((n) -> "西屯"),
			typed((n) -> "民政課"), typed((n) -> "課員"), tapped((n) -> Map.of("s", "q.learning_hours", "t", "需要")),
			typed(RosterBenchmark::nationalId), typed((n) -> "74/03/15"),
			tapped((n) -> Map.of("s", "q.gender", "t", "女")), typed((n) -> "staff" + n + "@taichung.gov.tw"),
			typed((n) -> "04-2228-9111#" + (n % 1000)), typed((n) -> "0912345678"), typed((n) -> "臺中市西屯區臺灣大道三段99號"),
			typed((n) -> "yt" + n), typed((n) -> "line" + n), tapped((n) -> Map.of("s", "review", "change", "email")),
			typed((n) -> "office" + n + "@taichung.gov.tw"), tapped((n) -> Map.of("s", "review", "t", "確認送出")),
			typed((n) -> "我的報名"));

	/** What a person sends: a message or a postback, as LINE would post it. */
	record Event(String kind, String value) {

		/** The webhook body from this user, with a fresh reply token and event id. */
		String body(String userId, String replyToken) {
			String content = "text".equals(this.kind) ? ReplyingLine.text(this.value)
					: "\"type\":\"postback\",\"postback\":{\"data\":\"" + this.value + "\"}";
			return ReplyingLine.event(userId, replyToken, content);
		}

	}

	/** Typed texts: none of them needs escaping in JSON. */
	private static IntFunction<Event> typed(IntFunction<String> text) {
		return (n) -> new Event("text", text.apply(n));
	}

	private static IntFunction<Event> tapped(IntFunction<Map<String, String>> data) {
		return (n) -> new Event("postback", Said.data(data.apply(n)));
	}

	private static void report(Result result, HttpClient http, int port, Process service, String workshop)
			throws Exception {
		long[] sorted = result.latencies().clone();
		Arrays.sort(sorted);
		int rows = registrations(http, port, workshop);
		System.out.printf("%nSign-up benchmark: %,d people at once, %d events each (%,d events), target %s, %d cores%n",
				PEOPLE, STEPS, sorted.length, (RATE > 0) ? RATE + " events/s" : "no pauses",
				Runtime.getRuntime().availableProcessors());
		System.out.printf("  event to reply       p50 %.1f ms   p99 %.1f ms   max %.1f ms%n", millis(sorted, 0.50),
				millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
		StringBuilder steps = new StringBuilder("  p99 by step (ms)    ");
		for (int step = 0; step < STEPS; step++) {
			long[] one = result.byStep()[step].clone();
			Arrays.sort(one);
			steps.append(String.format("%d:%.0f ", step + 1, millis(one, 0.99)));
		}
		System.out.println(steps.toString().strip());
		System.out.printf(
				"  throughput           %,.0f events/s answered while all were at it (middle 80%%), "
						+ "%,.0f events/s from the first event to the last%n",
				result.steadyPerSecond(), result.eventsPerSecond());
		System.out.printf("  completed sign-ups   %,d of %,d told 報名完成; %,d registrations stored in all "
				+ "(warm-up included); %d people stalled%n", result.signedUp(), PEOPLE, rows, result.stalled());
		double heapMb = ServiceProcess.metric(http, port, "jvm.memory.used?tag=area:heap") / (1024 * 1024);
		System.out.printf("  service after run    heap used %.0f MB (-Xmx256m), RSS %.0f MB%n", heapMb,
				ServiceProcess.rssMegabytes(service));
	}

	private static int registrations(HttpClient http, int port, String workshop) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/workshops/" + workshop + "/registrations"))
			.header("Authorization", "Bearer " + ServiceProcess.ADMIN)
			.build(), HttpResponse.BodyHandlers.ofString());
		int count = 0;
		for (int at = response.body().indexOf("\"registrationNo\""); at >= 0; at = response.body()
			.indexOf("\"registrationNo\"", at + 1)) {
			count++;
		}
		return count;
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[index] / 1e6;
	}

}
