package tw.workshopbot.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import tw.workshopbot.setup.RedisServerProcess;

/**
 * The organizers' console on a workshop of 10,000 registrations, against the packaged
 * service as its own process ({@code -Xmx256m}) with a Redis of its own: the workshop's
 * page, a roster page of 50 found by a search, and the attendance view during the session
 * (8,000 checked in, 6,000 of them out), each asked for by one signed-in browser one
 * after another, warm; prints p50, p99 and max of each. Run alone with
 * {@code ./mvnw -Pbenchmark verify -Dbench.skipWebhook -Dbench.skipRoster
 * -Dbench.skipSignup -Dbench.skipDelivery -Dbench.skipCheckIn} (README).
 */
public final class ConsoleBenchmark {

	private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 10_000);

	private static final int WARMUP = Integer.getInteger("bench.consoleWarmup", 200);

	private static final int REQUESTS = Integer.getInteger("bench.consoleRequests", 300);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ConsoleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("console-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), "http://127.0.0.1:9", work);
		try {
			ServiceProcess.awaitUp(port);
			HttpClient api = HttpClient.newHttpClient();
			String workshop = RosterBenchmark.createWorkshop(api, port);
			Duration imported = RosterBenchmark.importAll(api, port, workshop, 0);
			checkIns(redis.url(), workshop);
			System.out.printf(
					"%nConsole benchmark: a workshop of %,d registrations (imported in %.1f s), "
							+ "8,000 checked in and 6,000 out; one signed-in browser, %d cores%n",
					REGISTRATIONS, imported.toMillis() / 1000.0, Runtime.getRuntime().availableProcessors());
			HttpClient browser = signedIn(port);
			Map<String, String> pages = new java.util.LinkedHashMap<>();
			String base = "/console/workshops/" + workshop;
			pages.put("workshop page (counts, offices, roster page 1)", base);
			pages.put("roster: search 測試12, page 2 of 50",
					base + "?tab=confirmed&q=" + URLEncoder.encode("測試12", StandardCharsets.UTF_8) + "&page=2");
			pages.put("attendance view (its 3 s refresh)", base + "/attendance");
			pages.put("workshops list (no goal)", "/console");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				measure(browser, port, page.getKey(), page.getValue());
			}
			System.out.printf("  service after the run    RSS %.0f MB (heap limit -Xmx256m)%n",
					ServiceProcess.rssMegabytes(service));
		}
		finally {
			service.destroy();
			service.waitFor();
			redis.stop();
		}
	}

	/** Warm, then timed one after another, as one organizer's browser asks. */
	private static void measure(HttpClient browser, int port, String name, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("HX-Request", path.endsWith("/attendance") ? "true" : "false")
			.build();
		int size = 0;
		for (int i = 0; i < WARMUP; i++) {
			size = ok(browser.send(request, HttpResponse.BodyHandlers.ofString()), path).length();
		}
		List<Long> micros = new ArrayList<>(REQUESTS);
		for (int i = 0; i < REQUESTS; i++) {
			long started = System.nanoTime();
			ok(browser.send(request, HttpResponse.BodyHandlers.ofString()), path);
			micros.add((System.nanoTime() - started) / 1000);
		}
		Collections.sort(micros);
		System.out.printf("  %-48s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d requests, %,d bytes)%n", name,
				micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
				micros.get(micros.size() - 1) / 1000.0, REQUESTS, size);
	}

	private static String ok(HttpResponse<String> response, String path) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body();
	}

	/** Signs in on the sign-in page with ADMIN_TOKEN, as at first set-up. */
	private static HttpClient signedIn(int port) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI signIn = URI.create("http://127.0.0.1:" + port + "/console/sign-in");
		Matcher token = CSRF
			.matcher(browser.send(HttpRequest.newBuilder(signIn).build(), HttpResponse.BodyHandlers.ofString()).body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF field on the sign-in page");
		}
		String form = "adminToken=" + ServiceProcess.ADMIN + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(signIn)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302) {
			throw new IllegalStateException("Sign-in answered " + signedIn.statusCode());
		}
		return browser;
	}

	/**
	 * 8,000 check-ins (every tenth late) and 6,000 check-outs, written as the attendance
	 * book stores them: the check-in path has its own benchmark, this one is about the
	 * page that reads them.
	 */
	private static void checkIns(String redisUrl, String workshop) {
		RedisClient client = RedisClient.create(redisUrl);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			Instant at = Instant.now();
			Map<String, String> in = new HashMap<>();
			Map<String, String> out = new HashMap<>();
			for (int i = 1; i <= 8_000; i++) {
				String number = workshop + "-" + String.format("%04d", i);
				in.put(number, "{\"at\":\"" + at.plusSeconds(i % 600) + "\",\"missedPart\":" + (i % 10 == 0) + "}");
				if (i <= 6_000) {
					out.put(number, "{\"at\":\"" + at.plusSeconds(7200) + "\",\"missedPart\":false}");
				}
			}
			connection.sync().hset("wb:att:{w:" + workshop + "}:in", in);
			connection.sync().hset("wb:att:{w:" + workshop + "}:out", out);
		}
		finally {
			client.shutdown();
		}
	}

}
