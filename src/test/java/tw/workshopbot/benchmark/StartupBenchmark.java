package tw.workshopbot.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tw.workshopbot.setup.RedisServerProcess;

import static org.awaitility.Awaitility.await;

/**
 * How long the packaged service takes from {@code java -jar} to a healthy answer
 * (liveness), to ready (readiness: Redis answers, the catalog is loaded) and to the
 * overall health's 200 (which should agree with readiness), for each way of starting it
 * that Spring Boot offers without changing what the service does: the fat jar, the jar
 * extracted ({@code -Djarmode=tools extract}), and extracted with a class data sharing
 * archive from a training run (what the Dockerfile does). Lazy beans are measured too,
 * for comparison only. Prints each run; its own Redis, no LINE needed.
 */
public final class StartupBenchmark {

	private static final int RUNS = Integer.getInteger("bench.startupRuns", 3);

	private static final Duration GIVE_UP = Duration.ofSeconds(90);

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		Path work = Files.createTempDirectory("startup-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		try {
			Path extracted = extract(jar, work);
			Path archive = train(extracted, work, redis.url());
			System.out.printf("%nStart-up benchmark: %d runs each, %d cores, -Xmx256m%n", RUNS,
					Runtime.getRuntime().availableProcessors());
			measure("fat jar (java -jar)", List.of(), jar, work, redis.url());
			measure("extracted jar", List.of(), extracted, work, redis.url());
			measure("extracted + CDS archive", List.of("-XX:SharedArchiveFile=" + archive), extracted, work,
					redis.url());
			measure("extracted + CDS + lazy beans",
					List.of("-XX:SharedArchiveFile=" + archive, "-Dspring.main.lazy-initialization=true"), extracted,
					work, redis.url());
		}
		finally {
			redis.stop();
		}
	}

	private static void measure(String option, List<String> jvmOptions, Path jar, Path work, String redisUrl)
			throws Exception {
		List<String> runs = new ArrayList<>();
		for (int run = 1; run <= RUNS; run++) {
			int port = ServiceProcess.freePort();
			long started = System.nanoTime();
			Process service = ServiceProcess.start(jvmOptions, jar, port, redisUrl, "http://127.0.0.1:9", work);
			try {
				long live = millisUntil200(port, "/actuator/health/liveness", started);
				long ready = millisUntil200(port, "/actuator/health/readiness", started);
				long healthy = millisUntil200(port, "/actuator/health", started);
				runs.add(String.format("live %,d ms, ready %,d ms, health %,d ms", live, ready, healthy));
			}
			finally {
				service.destroy();
				service.waitFor(30, TimeUnit.SECONDS);
			}
		}
		System.out.printf("  %-30s %s%n", option, String.join(" | ", runs));
	}

	private static long millisUntil200(int port, String path, long started) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(2))
			.build();
		// Not listening yet is an IOException: polled again, every 10 ms.
		await().atMost(GIVE_UP)
			.pollInterval(Duration.ofMillis(10))
			.ignoreExceptions()
			.until(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	/** The jar as the Dockerfile lays it out: the application jar and its lib/. */
	private static Path extract(Path jar, Path work) throws Exception {
		Path destination = work.resolve("extracted");
		run(work, "extract", ServiceProcess.javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", destination.toString());
		return destination.resolve(jar.getFileName());
	}

	/** A training run that stops once the context is refreshed and writes the archive. */
	private static Path train(Path extracted, Path work, String redisUrl) throws Exception {
		Path archive = work.resolve("application.jsa");
		List<String> command = List.of(ServiceProcess.javaBinary(), "-Xmx256m", "-XX:ArchiveClassesAtExit=" + archive,
				"-Dspring.context.exit=onRefresh", "-jar", extracted.toString());
		ProcessBuilder builder = new ProcessBuilder(command);
		ServiceProcess.environment(builder.environment(), ServiceProcess.freePort(), redisUrl, "http://127.0.0.1:9");
		Process training = builder.redirectErrorStream(true)
			.redirectOutput(work.resolve("training.log").toFile())
			.start();
		if (!training.waitFor(3, TimeUnit.MINUTES) || !Files.exists(archive)) {
			throw new IllegalStateException("The training run wrote no archive: see " + work.resolve("training.log"));
		}
		return archive;
	}

	private static void run(Path work, String what, String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve(what + ".log").toFile())
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(what + " failed: see " + work.resolve(what + ".log"));
		}
	}

}
