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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.setup.RedisServerProcess;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

/**
 * A stream link to 10,000 registrants and 30 groups at its minute, against the packaged
 * service as its own process with WireMock as LINE (answering after
 * {@code bench.lineLatencyMs}): prints the time from the scheduled minute to the first
 * and the last request, the requests, the peak per second and duplicates. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbench.skipWebhook=true -Dbench.skipRoster=true
 * -Dbench.skipSignup=true} (README).
 */
public final class DeliveryBenchmark {

	private static final int REGISTRANTS = Integer.getInteger("bench.registrants", 10_000);

	private static final int GROUPS = Integer.getInteger("bench.groups", 30);

	private static final int LATENCY_MS = Integer.getInteger("bench.lineLatencyMs", 30);

	private static final int ROUNDS = Integer.getInteger("bench.deliveryRounds", 3);

	/** LINE's rate limits per channel (LINE-PLATFORM.md §4). */
	private static final double MULTICASTS_PER_SECOND = 200;

	private static final double PUSHES_PER_SECOND = 2000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DeliveryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("delivery-benchmark");
		WireMockServer line = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(100));
		line.start();
		stubLine(line);
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), line.baseUrl(), work);
		try {
			ServiceProcess.awaitUp(port);
			HttpClient http = HttpClient.newHttpClient();
			// The first minute at least 40 s ahead, so that the set-up is done before it;
			// one
			// round a minute after another: the first finds the process cold, the later
			// warm.
			Instant first = Instant.now().plusSeconds(100).truncatedTo(ChronoUnit.MINUTES);
			List<Instant> minutes = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				Instant minute = first.plus(Duration.ofMinutes(round - 1));
				minutes.add(minute);
				String workshop = createWorkshop(http, port, round, minute.plus(Duration.ofMinutes(10)));
				joinAndLinkGroups(http, port, workshop);
				importRegistrants(http, port, workshop, round);
				call(http, port, "PUT", "/api/workshops/" + workshop + "/stream",
						"{\"url\":\"https://www.youtube.com/watch?v=benchmark" + round + "\"}", 200);
			}
			line.resetRequests();
			System.out.printf("Set-up done; the first link is due at %s (in %.0f s)%n", first,
					Duration.between(Instant.now(), first).toMillis() / 1000.0);
			int expected = ((REGISTRANTS + 499) / 500 + GROUPS) * ROUNDS;
			await().atMost(Duration.between(Instant.now(), minutes.get(ROUNDS - 1)).plusSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> deliveryRequests(line).size() >= expected);
			// Anything sent twice would come now: nothing more may arrive for two
			// seconds.
			try {
				await().during(Duration.ofSeconds(2))
					.atMost(Duration.ofSeconds(3))
					.until(() -> deliveryRequests(line).size() == expected);
			}
			catch (ConditionTimeoutException ex) {
				System.out.printf("More requests than the %d planned arrived; see duplicates below%n", expected);
			}
			System.out.printf(
					"%nDelivery benchmark: a stream link to %,d registrants and %d groups, LINE answering "
							+ "after %d ms, %d cores%n",
					REGISTRANTS, GROUPS, LATENCY_MS, Runtime.getRuntime().availableProcessors());
			for (int round = 1; round <= ROUNDS; round++) {
				String mark = "benchmark" + round + "&";
				List<ServeEvent> ofRound = deliveryRequests(line).stream()
					.filter((event) -> event.getRequest().getBodyAsString().contains(mark))
					.toList();
				System.out.printf("Round %d (%s)%n", round, (round == 1) ? "the first delivery after start" : "warm");
				report(ofRound, minutes.get(round - 1));
			}
			System.out.println("Inside the service, over the rounds (Actuator delivery.step):");
			for (String step : List.of("plan", "quota-check", "dispatch")) {
				JsonNode metric = call(http, port, "GET", "/actuator/metrics/delivery.step?tag=step:" + step, null,
						200);
				double count = 0;
				double total = 0;
				double max = 0;
				for (JsonNode measurement : metric.path("measurements")) {
					switch (measurement.path("statistic").asString()) {
						case "COUNT" -> count = measurement.path("value").asDouble();
						case "TOTAL_TIME" -> total = measurement.path("value").asDouble();
						case "MAX" -> max = measurement.path("value").asDouble();
						default -> {
						}
					}
				}
				System.out.printf("  %-12s %.0f times, mean %.1f ms, max %.1f ms%n", step, count,
						(count > 0) ? total / count * 1000 : 0, max * 1000);
			}
		}
		finally {
			service.destroy();
			service.waitFor();
			redis.stop();
			line.stop();
		}
	}

	private static void report(List<ServeEvent> requests, Instant minute) {
		List<Instant> times = requests.stream()
			.map((event) -> event.getRequest().getLoggedDate().toInstant())
			.sorted()
			.toList();
		List<ServeEvent> multicasts = requests.stream()
			.filter((event) -> event.getRequest().getUrl().endsWith("/multicast"))
			.toList();
		List<ServeEvent> pushes = requests.stream()
			.filter((event) -> event.getRequest().getUrl().endsWith("/push"))
			.toList();
		List<String> people = new ArrayList<>();
		multicasts.forEach((event) -> body(event).path("to").forEach((to) -> people.add(to.asString())));
		List<String> groups = pushes.stream().map((event) -> body(event).path("to").asString()).toList();
		List<String> keys = requests.stream().map((event) -> event.getRequest().getHeader("X-Line-Retry-Key")).toList();
		long duplicates = (people.size() - new HashSet<>(people).size())
				+ (groups.size() - new HashSet<>(groups).size()) + (keys.size() - new HashSet<>(keys).size());
		double minimumMillis = Math.max((multicasts.size() - 1) / MULTICASTS_PER_SECOND,
				(pushes.size() - 1) / PUSHES_PER_SECOND) * 1000;
		long firstMillis = Duration.between(minute, times.get(0)).toMillis();
		long lastMillis = Duration.between(minute, times.get(times.size() - 1)).toMillis();
		System.out.printf("  requests                 %d (%d multicasts reaching %,d people, %d group pushes)%n",
				requests.size(), multicasts.size(), new HashSet<>(people).size(), pushes.size());
		System.out.printf("  minute → first request   %d ms (goal ≤ 1,000 ms)%n", firstMillis);
		System.out.printf("  minute → last request    %d ms; first → last %d ms%n", lastMillis,
				lastMillis - firstMillis);
		System.out.printf("  LINE's limits allow      first → last in no less than %.0f ms (goal ≤ %.0f ms)%n",
				minimumMillis, 2 * minimumMillis);
		System.out.printf("  peak                     %d requests in one second%n", peak(times));
		System.out.printf("  duplicates               %d (recipients, groups or retry keys seen twice)%n", duplicates);
	}

	private static int peak(List<Instant> times) {
		int peak = 0;
		for (int i = 0; i < times.size(); i++) {
			int j = i;
			while (j < times.size() && Duration.between(times.get(i), times.get(j)).toMillis() < 1000) {
				j++;
			}
			peak = Math.max(peak, j - i);
		}
		return peak;
	}

	private static List<ServeEvent> deliveryRequests(WireMockServer line) {
		return line.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getMethod().getName().equals("POST"))
			.filter((event) -> event.getRequest().getUrl().startsWith("/v2/bot/message/multicast")
					|| event.getRequest().getUrl().startsWith("/v2/bot/message/push"))
			.sorted(Comparator.comparing((ServeEvent event) -> event.getRequest().getLoggedDate()))
			.toList();
	}

	private static JsonNode body(ServeEvent event) {
		return JSON.readTree(event.getRequest().getBodyAsString());
	}

	private static void stubLine(WireMockServer line) {
		line.stubFor(
				post(urlPathEqualTo("/v2/bot/message/multicast")).willReturn(okJson("{}").withFixedDelay(LATENCY_MS)));
		line.stubFor(post(urlPathEqualTo("/v2/bot/message/push"))
			.willReturn(okJson("{\"sentMessages\":[]}").withFixedDelay(LATENCY_MS)));
		line.stubFor(post(urlPathEqualTo("/v2/bot/message/reply"))
			.willReturn(okJson("{\"sentMessages\":[]}").withFixedDelay(LATENCY_MS)));
		line.stubFor(get(urlPathEqualTo("/v2/bot/message/quota"))
			.willReturn(okJson("{\"type\":\"none\"}").withFixedDelay(LATENCY_MS)));
		line.stubFor(get(urlPathEqualTo("/v2/bot/message/quota/consumption"))
			.willReturn(okJson("{\"totalUsage\":0}").withFixedDelay(LATENCY_MS)));
		line.stubFor(get(urlPathMatching("/v2/bot/group/[^/]+/members/count"))
			.willReturn(okJson("{\"count\":40}").withFixedDelay(LATENCY_MS)));
		line.stubFor(get(urlPathMatching("/v2/bot/group/[^/]+/summary"))
			.willReturn(okJson("{\"groupId\":\"C0\",\"groupName\":\"區公所社造夥伴\"}")));
		line.stubFor(get(urlPathEqualTo("/v2/bot/info")).willReturn(okJson(
				"{\"userId\":\"Ubot\",\"basicId\":\"@123abcde\",\"displayName\":\"工作坊小幫手\",\"chatMode\":\"bot\",\"markAsReadMode\":\"auto\"}")));
	}

	private static String createWorkshop(HttpClient http, int port, int round, Instant startsAt) throws Exception {
		String body = """
				{"title":"直播效能測試 %d","startsAt":"%s","endsAt":"%s","registrationClosesAt":"%s","learningHours":2}"""
			.formatted(round, startsAt, startsAt.plus(Duration.ofHours(2)), startsAt.minus(Duration.ofMinutes(5)));
		return call(http, port, "POST", "/api/workshops", body, 201).path("id").asString();
	}

	private static void joinAndLinkGroups(HttpClient http, int port, String workshop) throws Exception {
		LineWebhook webhook = new LineWebhook(port);
		Set<String> groups = new HashSet<>();
		for (int i = 0; i < GROUPS; i++) {
			String group = String.format("C%032x", i + 1);
			groups.add(group);
			webhook.deliver(WebhookEvent.fixture("join").inGroup(group, null));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> call(http, port, "GET", "/api/groups", null, 200).findValuesAsString("groupId")
				.containsAll(groups));
		for (String group : groups) {
			call(http, port, "POST", "/api/workshops/" + workshop + "/groups", "{\"groupId\":\"" + group + "\"}", 201);
		}
	}

	private static void importRegistrants(HttpClient http, int port, String workshop, int round) throws Exception {
		for (int from = 0; from < REGISTRANTS; from += 500) {
			StringBuilder batch = new StringBuilder("[");
			for (int i = from; i < Math.min(REGISTRANTS, from + 500); i++) {
				batch.append((i > from) ? "," : "")
					.append("""
							{"name":"測試%d","office":"西屯區公所","section":"民政課","title":"課員","learningHours":false,\
							"gender":"女","email":"staff%d@taichung.gov.tw","dayPhone":"04-2228-9111","mobile":"0912345678",\
							"address":"臺中市西屯區臺灣大道三段99號","youtubeId":"yt%d","lineId":"line%d","lineUserId":"U%032x"}"""
						.formatted(i, i, i, i, round * 1_000_000 + i));
			}
			call(http, port, "POST", "/api/workshops/" + workshop + "/registrations", batch.append(']').toString(),
					201);
		}
	}

	private static JsonNode call(HttpClient http, int port, String method, String path, String body, int status)
			throws Exception {
		HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + ServiceProcess.ADMIN)
			.header("Content-Type", "application/json")
			.method(method, publisher)
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != status) {
			throw new IllegalStateException(
					method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}

}
