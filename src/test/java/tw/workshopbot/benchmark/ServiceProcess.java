package tw.workshopbot.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tw.workshopbot.support.LineWebhook;

import static org.awaitility.Awaitility.await;

/**
 * The packaged service as its own process, as in production ({@code java -Xmx256m -jar}),
 * and what the benchmarks read from it: readiness, Actuator metrics, RSS.
 */
final class ServiceProcess {

	static final String ADMIN = "benchmark-admin-token";

	private ServiceProcess() {
	}

	static Process start(Path jar, int port, String redisUrl, String lineBaseUrl, Path work) throws IOException {
		List<String> options = new ArrayList<>();
		String extra = System.getProperty("bench.serviceJvmArgs", "");
		if (!extra.isBlank()) {
			options.addAll(List.of(extra.trim().split("\\s+")));
		}
		return start(options, jar, port, redisUrl, lineBaseUrl, work);
	}

	/** With these JVM options before {@code -jar}, after {@code -Xmx256m}. */
	static Process start(List<String> jvmOptions, Path jar, int port, String redisUrl, String lineBaseUrl, Path work)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command);
		environment(builder.environment(), port, redisUrl, lineBaseUrl);
		builder.redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile());
		System.out.println("Service log: " + work.resolve("service.log"));
		return builder.start();
	}

	/** The settings a shared deployment is given, pointing at this Redis and LINE. */
	static void environment(Map<String, String> env, int port, String redisUrl, String lineBaseUrl) {
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("REDIS_URL", redisUrl);
		env.put("LINE_API_BASE_URL", lineBaseUrl);
		env.put("LINE_CHANNEL_SECRET", LineWebhook.CHANNEL_SECRET);
		env.put("LINE_CHANNEL_ACCESS_TOKEN", "benchmark-access-token");
		env.put("ADMIN_TOKEN", ADMIN);
		env.put("DATA_ENCRYPTION_KEY", "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
		env.put("LOGGING_LEVEL_ROOT", "WARN");
	}

	static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static void awaitUp(int port) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest readiness = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.build();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptions()
			.until(() -> http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
	}

	static double metric(HttpClient http, int port, String name) throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/" + name))
				.header("Authorization", "Bearer " + ADMIN)
				.build(), HttpResponse.BodyHandlers.ofString());
		String body = response.body();
		int at = body.indexOf("\"value\":");
		if (at < 0) {
			return 0;
		}
		int end = body.indexOf('}', at);
		return Double.parseDouble(body.substring(at + 8, end).trim());
	}

	static double rssMegabytes(Process service) throws IOException {
		long rssKb = Files.readAllLines(Path.of("/proc/" + service.pid() + "/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElse(-1L);
		return rssKb / 1024.0;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
