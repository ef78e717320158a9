package tw.workshopbot.benchmark;

import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;

import tw.workshopbot.benchmark.FloodLoad.Acks;
import tw.workshopbot.benchmark.FloodLoad.Script;
import tw.workshopbot.benchmark.SignupBenchmark.Event;
import tw.workshopbot.setup.RedisServerProcess;

import static org.awaitility.Awaitility.await;

/**
 * The service flooded with sign-up conversations (see {@link FloodLoad}), beside LINE's
 * echo-bot sample flooded the same way in the same run: both as their own processes, LINE
 * stood in for by WireMock in this JVM. Each phase floods for a while (fixed connections,
 * then fixed offered rates), then waits until every event of it is answered. Prints, per
 * phase: webhooks acknowledged a second, replies a second while flooded and once the
 * flood stopped, pushes, acknowledgement and event-to-reply p50/p99, the most RSS, and
 * the ratio of the service's replies while flooded to the echo bot's.
 */
public final class FloodBenchmark {

	private static final Duration FLOOD = Duration.ofSeconds(Integer.getInteger("bench.floodSeconds", 20));

	private static final Duration RATED = Duration.ofSeconds(Integer.getInteger("bench.rateSeconds", 15));

	private static final Duration DRAIN_AT_MOST = Duration.ofSeconds(120);

	private FloodBenchmark() {
	}

	/** One phase's load: a number of connections, or an offered rate. */
	private record Load(String name, int connections, int rate, Duration length) {
	}

	private static final List<Load> LOADS = List.of(new Load("16 connections", 16, 0, FLOOD),
			new Load("64 connections", 64, 0, FLOOD), new Load("1,000/s offered", 0, 1_000, RATED),
			new Load("2,000/s offered", 0, 2_000, RATED), new Load("4,000/s offered", 0, 4_000, RATED));

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("flood-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		Replies replies = new Replies();
		WireMockServer line = ReplyingLine.start(replies);
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), line.baseUrl(), work);
		Path echoDir = Path.of("target", "echo-bot");
		Process echo = null;
		try {
			ServiceProcess.awaitUp(port);
			RosterBenchmark.createWorkshop(HttpClient.newHttpClient(), port);
			List<String> rows = new ArrayList<>();
			Bot bot = new Bot("service", port, service, false, replies);
			run(bot, new Load("warm-up (not counted)", 0, 1_000, Duration.ofSeconds(30)), new Script("Uwarm"));
			double[] serviceFlooded = new double[LOADS.size()];
			for (int i = 0; i < LOADS.size(); i++) {
				Row row = run(bot, LOADS.get(i), new Script("Uflood" + i + "-"));
				serviceFlooded[i] = row.repliesDuring();
				rows.add(row.line("service"));
			}
			if (EchoBot.install(echoDir)) {
				int echoPort = ServiceProcess.freePort();
				echo = EchoBot.start(echoDir, echoPort, line.baseUrl());
				await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
					try (Socket socket = new Socket("127.0.0.1", echoPort)) {
						return true;
					}
				});
				Bot echoBot = new Bot("echo", echoPort, echo, true, replies);
				run(echoBot, new Load("warm-up (not counted)", 0, 1_000, Duration.ofSeconds(10)), new Script("Uecho"));
				for (int i = 0; i < LOADS.size(); i++) {
					Row row = run(echoBot, LOADS.get(i), new Script("Uechoflood" + i + "-"));
					rows.add(row.line("echo")
							+ "   service ÷ echo: %.2f×".formatted(serviceFlooded[i] / row.repliesDuring()));
				}
			}
			System.out.printf(
					"%nFlood benchmark: %,d people in sign-up conversations, %d cores; floods of %d s, rates of %d s%n",
					FloodLoad.PEOPLE, Runtime.getRuntime().availableProcessors(), FLOOD.toSeconds(), RATED.toSeconds());
			System.out.println("  bot      load               acks/s  replies/s while  after   pushes  ack p50/p99 ms"
					+ "   reply p50/p99 ms   RSS MB");
			rows.forEach(System.out::println);
		}
		finally {
			if (echo != null) {
				echo.destroy();
			}
			service.destroy();
			service.waitFor();
			line.stop();
			redis.stop();
		}
	}

	/** A bot under test, and the replies and RSS seen of it. */
	private record Bot(String name, int port, Process process, boolean echo, Replies replies) {
	}

	private record Row(Load load, Acks acks, double repliesDuring, double repliesAfter, long pushes, double replyP50,
			double replyP99, double rssMb, long unanswered) {

		String line(String bot) {
			return "  %-8s %-16s %,8.0f %,10.0f %10s %6d %7.1f / %-7.1f %7.1f / %-8.1f %6.0f%s".formatted(bot,
					this.load.name(), this.acks.perSecond(), this.repliesDuring,
					Double.isNaN(this.repliesAfter) ? "-" : "%,.0f".formatted(this.repliesAfter), this.pushes,
					this.acks.millis(0.50), this.acks.millis(0.99), this.replyP50, this.replyP99, this.rssMb,
					(this.unanswered > 0 ? "   " + this.unanswered + " unanswered" : "")
							+ (this.acks.failures() > 0 ? "   " + this.acks.failures() + " not 200" : ""));
		}

	}

	private static Row run(Bot bot, Load load, Script script) throws Exception {
		Phase phase = bot.replies().begin();
		long pushesBefore = bot.replies().pushes.get();
		AtomicLong rss = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> {
			try {
				rss.accumulateAndGet((long) ServiceProcess.rssMegabytes(bot.process()), Math::max);
			}
			catch (java.io.IOException ex) {
				// the process is gone: the phase's figures say so
			}
		}, 0, 200, TimeUnit.MILLISECONDS);
		FloodLoad.Target target = new FloodLoad.Target() {
			@Override
			public int port() {
				return bot.port();
			}

			@Override
			public String body(Event event, String userId, String replyToken) {
				return bot.echo() ? ReplyingLine.event(userId, replyToken, ReplyingLine.text(event.value()))
						: event.body(userId, replyToken);
			}

			@Override
			public void sending(String replyToken, long nanos) {
				phase.sent(replyToken, nanos);
			}
		};
		Acks acks = (load.connections() > 0) ? FloodLoad.connections(target, script, load.connections(), load.length())
				: FloodLoad.rate(target, script, load.rate(), load.length());
		long flooded = acks.endNanos();
		long drainUntil = System.nanoTime() + DRAIN_AT_MOST.toNanos();
		while (!phase.waiting.isEmpty() && System.nanoTime() < drainUntil) {
			java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
		}
		sampler.shutdownNow();
		bot.replies().end();
		long[] latencies = phase.latencies();
		Arrays.sort(latencies);
		long during = phase.arrivedBefore(flooded);
		long after = latencies.length - during;
		double afterRate = (after > 0) ? after / ((phase.lastArrival.get() - flooded) / 1e9) : Double.NaN;
		Row row = new Row(load, acks, during / ((flooded - acks.startNanos()) / 1e9), afterRate,
				bot.replies().pushes.get() - pushesBefore, quantile(latencies, 0.50), quantile(latencies, 0.99),
				rss.get(), phase.waiting.size());
		System.out.println(row.line(bot.name()));
		return row;
	}

	private static double quantile(long[] sorted, double q) {
		return sorted.length == 0 ? Double.NaN
				: sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
	}

	/** The replies of the phase running now, clocked as they reach WireMock. */
	private static final class Replies extends ReplyingLine.ReplyClock {

		private final AtomicLong pushes = new AtomicLong();

		private volatile Phase current;

		Phase begin() {
			this.current = new Phase();
			return this.current;
		}

		void end() {
			this.current = null;
		}

		@Override
		void replied(String replyToken, String body, long nanos) {
			Phase phase = this.current;
			if (phase != null) {
				phase.replied(replyToken, nanos);
			}
		}

		@Override
		void pushed(long nanos) {
			this.pushes.incrementAndGet();
		}

	}

	/** One phase's events sent and not yet answered, and the answers' times. */
	private static final class Phase {

		private final Map<String, Long> waiting = new ConcurrentHashMap<>();

		private final long[] latencies = new long[1_000_000];

		private final long[] arrivals = new long[1_000_000];

		private final AtomicInteger count = new AtomicInteger();

		private final AtomicLong lastArrival = new AtomicLong();

		void sent(String replyToken, long nanos) {
			this.waiting.put(replyToken, nanos);
		}

		void replied(String replyToken, long nanos) {
			Long sent = this.waiting.remove(replyToken);
			if (sent == null) {
				return;
			}
			int i = this.count.getAndIncrement();
			if (i < this.latencies.length) {
				this.latencies[i] = nanos - sent;
				this.arrivals[i] = nanos;
			}
			this.lastArrival.accumulateAndGet(nanos, Math::max);
		}

		long[] latencies() {
			return Arrays.copyOf(this.latencies, Math.min(this.count.get(), this.latencies.length));
		}

		long arrivedBefore(long nanos) {
			int n = Math.min(this.count.get(), this.arrivals.length);
			long before = 0;
			for (int i = 0; i < n; i++) {
				if (this.arrivals[i] <= nanos) {
					before++;
				}
			}
			return before;
		}

	}

}
