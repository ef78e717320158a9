package tw.workshopbot.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

import tw.workshopbot.setup.RedisServerProcess;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

/**
 * Loads the packaged service, run as its own process exactly as in production (java
 * -jar), with signed text events from many users, WireMock answering as LINE and a Redis
 * of its own, and prints acknowledgement latency, acknowledged and handled events per
 * second, and the service's heap and RSS afterwards. Run with
 * {@code ./mvnw -Pbenchmark verify} (see README).
 */
public final class WebhookBenchmark {

	private static final int EVENTS = Integer.getInteger("bench.events", 50_000);

	private static final int WARMUP_ROUND = Integer.getInteger("bench.warmup", 10_000);

	private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 20);

	/** Compiling under 5% of a core in both JVMs: the JIT has settled. */
	private static final double JIT_SETTLED = 0.05;

	private static final int USERS = Integer.getInteger("bench.users", 5_000);

	private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);

	private static final int EVENTS_PER_REQUEST = Integer.getInteger("bench.eventsPerRequest", 1);

	private WebhookBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("webhook-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		WireMockServer line = new WireMockServer(wireMockConfig().dynamicPort()
			.containerThreads(64)
			.disableRequestJournal()
			.gzipDisabled(true)
			.stubRequestLoggingDisabled(true));
		line.start();
		line.stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(okJson("{\"sentMessages\":[]}")));
		line.stubFor(post(urlPathEqualTo("/v2/bot/message/push")).willReturn(okJson("{\"sentMessages\":[]}")));
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), line.baseUrl(), work);
		try {
			ServiceProcess.awaitUp(port);
			HttpClient http = HttpClient.newHttpClient();
			CloseableHttpClient client = HttpClients.custom()
				.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
					.setMaxConnTotal(CONCURRENCY)
					.setMaxConnPerRoute(CONCURRENCY)
					.build())
				.disableAutomaticRetries()
				.build();
			warmUp(client, http, port);
			double handledBefore = ServiceProcess.metric(http, port, "webhook.events.handled");
			List<Signed> requests = signedBodies(EVENTS, "Ubench");
			Compilation compiling = Compilation.start(http, port);
			Instant start = Instant.now();
			long[] latencies = run(client, port, requests, "measured");
			Duration acknowledging = Duration.between(start, Instant.now());
			reportAcknowledged(latencies, acknowledging);
			awaitHandled(http, port, handledBefore + EVENTS);
			Duration handling = Duration.between(start, Instant.now());
			reportHandled(handling, http, port, service);
			System.out.println("  JIT while measured       " + compiling.since(http, port, handling));
		}
		finally {
			service.destroy();
			service.waitFor();
			line.stop();
			redis.stop();
		}
	}

	/**
	 * Rounds of events until neither JVM compiles much any more: a service that has run
	 * for hours has its hot paths compiled, and compiling competes with the load for the
	 * two cores.
	 */
	private static void warmUp(CloseableHttpClient client, HttpClient http, int port) throws Exception {
		for (int round = 1; round <= WARMUP_ROUNDS; round++) {
			List<Signed> requests = signedBodies(WARMUP_ROUND, "Uwarmup" + round + "-");
			double handledBefore = ServiceProcess.metric(http, port, "webhook.events.handled");
			Compilation compiling = Compilation.start(http, port);
			Instant start = Instant.now();
			run(client, port, requests, "warm-up");
			awaitHandled(http, port, handledBefore + WARMUP_ROUND);
			Duration took = Duration.between(start, Instant.now());
			JitShare jit = compiling.since(http, port, took);
			System.out.printf("Warm-up round %d: %,d events in %.1f s; JIT %s%n", round, WARMUP_ROUND,
					took.toMillis() / 1000.0, jit);
			if (jit.settled()) {
				return;
			}
		}
	}

	private static void awaitHandled(HttpClient http, int port, double handled) {
		await().atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> ServiceProcess.metric(http, port, "webhook.events.handled") >= handled);
	}

	/** Fractions of a core the JIT compilers used in the service and in this JVM. */
	private record JitShare(double service, double load) {

		boolean settled() {
			return this.service < JIT_SETTLED && this.load < JIT_SETTLED;
		}

		@Override
		public String toString() {
			return String.format("service %.0f%% of a core, load %.0f%%", 100 * this.service, 100 * this.load);
		}

	}

	/** Time the JIT compilers spent, in the service and in this (load) JVM. */
	private record Compilation(double serviceMillis, long loadMillis) {

		static Compilation start(HttpClient http, int port) throws Exception {
			return new Compilation(ServiceProcess.metric(http, port, "jvm.compilation.time"), loadJvmMillis());
		}

		/**
		 * Both shares read once, so the printed figures are the ones the decision used.
		 */
		JitShare since(HttpClient http, int port, Duration over) throws Exception {
			double service = (ServiceProcess.metric(http, port, "jvm.compilation.time") - this.serviceMillis)
					/ over.toMillis();
			double load = (double) (loadJvmMillis() - this.loadMillis) / over.toMillis();
			return new JitShare(service, load);
		}

		private static long loadJvmMillis() {
			return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		}

	}

	/**
	 * One signed webhook, prepared before the clock starts so that signing is not
	 * measured.
	 */
	private record Signed(byte[] body, String signature) {
	}

	private static long[] run(CloseableHttpClient client, int port, List<Signed> requests, String phase)
			throws Exception {
		URI callback = URI.create("http://127.0.0.1:" + port + "/callback");
		long[] latencies = new long[requests.size()];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < CONCURRENCY; c++) {
			done.add(clients.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
					Signed signed = requests.get(i);
					ClassicHttpRequest post = ClassicRequestBuilder.post(callback)
						.addHeader("x-line-signature", signed.signature())
						.setEntity(new ByteArrayEntity(signed.body(), ContentType.APPLICATION_JSON))
						.build();
					long t0 = System.nanoTime();
					try {
						int status = client.execute(post, (response) -> {
							EntityUtils.consume(response.getEntity());
							return response.getCode();
						});
						if (status != 200) {
							failures.incrementAndGet();
						}
					}
					catch (IOException ex) {
						failures.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		clients.shutdown();
		if (failures.get() > 0) {
			throw new IllegalStateException(phase + ": " + failures.get() + " webhooks were not answered 200");
		}
		return latencies;
	}

	private static List<Signed> signedBodies(int events, String userPrefix) {
		List<Signed> requests = new ArrayList<>(events / EVENTS_PER_REQUEST + 1);
		for (int i = 0; i < events; i += EVENTS_PER_REQUEST) {
			WebhookEvent[] batch = new WebhookEvent[Math.min(EVENTS_PER_REQUEST, events - i)];
			for (int j = 0; j < batch.length; j++) {
				batch[j] = WebhookEvent.text(userPrefix + ((i + j) % USERS), "報名 " + (i + j));
			}
			byte[] bytes = LineWebhook.body(batch).getBytes(StandardCharsets.UTF_8);
			requests.add(new Signed(bytes, LineWebhook.sign(bytes)));
		}
		return requests;
	}

	private static void reportAcknowledged(long[] latencies, Duration acknowledging) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		System.out.printf(
				"%nWebhook benchmark: %,d signed text events from %,d users, %d per webhook, "
						+ "%d concurrent clients, %d cores%n",
				EVENTS, USERS, EVENTS_PER_REQUEST, CONCURRENCY, Runtime.getRuntime().availableProcessors());
		System.out.printf("  acknowledgement latency  p50 %.2f ms   p99 %.2f ms   max %.2f ms%n", millis(sorted, 0.50),
				millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
		System.out.printf("  acknowledged             %,.0f events/s (%.1f s)%n",
				EVENTS / (acknowledging.toMillis() / 1000.0), acknowledging.toMillis() / 1000.0);
	}

	private static void reportHandled(Duration handling, HttpClient http, int port, Process service) throws Exception {
		double heapMb = ServiceProcess.metric(http, port, "jvm.memory.used?tag=area:heap") / (1024 * 1024);
		System.out.printf("  handled (answered)       %,.0f events/s (all %,d handled %.1f s after the first)%n",
				EVENTS / (handling.toMillis() / 1000.0), EVENTS, handling.toMillis() / 1000.0);
		System.out.printf("  service after the run    heap used %.0f MB, RSS %.0f MB%n", heapMb,
				ServiceProcess.rssMegabytes(service));
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[index] / 1e6;
	}

}
