package tw.workshopbot.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.FuzzedBodies;
import tw.workshopbot.support.FuzzedBodies.Fuzzed;
import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API called with mutated JSON (see {@link FuzzedBodies}), odd ids in its
 * paths, odd query strings and content types, on every endpoint that takes a body and the
 * downloads: never a 5xx, never a stack trace or a class name in the answer, and the API
 * still works afterwards. The seed is printed; {@code -Dfuzz.seed=…} replays a run.
 */
class AdminApiFuzzTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ODD_IDS = List.of("nope", "%00", "..%2F..%2Factuator", "%E5%A0%B1%E5%90%8D",
			"a".repeat(3000), "%FF%FE", "W1;x=1", "%20", "-1", "0", "%F0%9F%98%80", "W1%0D%0ASet-Cookie:x");

	private static final List<String> ODD_QUERIES = List.of("", "?limit=-1", "?limit=99999999999999", "?limit=x",
			"?status=%FF", "?lang=xx-YY", "?a=%25zz", "?" + "p=1&".repeat(500));

	private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=big5",
			"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "");

	/**
	 * Tomcat reads at most this much of a body refused unread (say 415) before it closes
	 * the connection.
	 */
	private static final int TOMCAT_SWALLOWS = 2 * 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	private String workshopId;

	private String registrationNo;

	record Endpoint(String method, String path, String body) {
	}

	@BeforeEach
	void aWorkshopWithARegistration() {
		AdminApi api = new AdminApi(this.port);
		Instant now = this.clock.instant();
		this.workshopId = api.call("POST", "/api/workshops", workshop(now), 201).get("id").asString();
		this.registrationNo = api
			.call("POST", "/api/workshops/" + this.workshopId + "/registrations", RegistrationApiTest.FAXED_FORM, 201)
			.get("registrationNo")
			.asString();
	}

	@Test
	void mutatedCallsNeverGetA5xxNorAnInternalDetail() {
		String seed = System.getProperty("fuzz.seed", Long.toString(new SecureRandom().nextLong()));
		int inputs = Integer.getInteger("fuzz.inputs", 1500);
		Map<Integer, Integer> statuses = new TreeMap<>();
		java.util.concurrent.atomic.AtomicInteger oversized = new java.util.concurrent.atomic.AtomicInteger();
		JqwikSession.run(seed, () -> {
			Arbitrary<Call> calls = calls();
			for (int i = 0; i < inputs; i++) {
				Call call = calls.sample();
				HttpResponse<String> response = send(call);
				if (response == null) {
					oversized.incrementAndGet();
					continue;
				}
				String shown = "seed %s, input %d: %s %s [%s] %s".formatted(seed, i, call.method(), call.path(),
						call.contentType(), call.body().shown());
				assertThat(response.statusCode()).as(shown).isLessThan(500);
				assertThat(response.body()).as(shown)
					.doesNotContain("Exception", "\tat ", "org.springframework", "java.", "tw.workshopbot", "jakarta.");
				statuses.merge(response.statusCode(), 1, Integer::sum);
			}
		});
		System.out.printf(
				"AdminApiFuzzTest: %d mutated admin API calls tried (seed %s; -Dfuzz.seed=%s replays them);"
						+ " answers by status: %s; connections closed on a refused body over 2 MB: %d%n",
				inputs, seed, seed, statuses, oversized.get());

		// The fuzzed calls changed the workshop as they pleased; a new one takes a form.
		AdminApi api = new AdminApi(this.port);
		String fresh = api.call("POST", "/api/workshops", workshop(this.clock.instant()), 201).get("id").asString();
		api.call("POST", "/api/workshops/" + fresh + "/registrations", RegistrationApiTest.FAXED_FORM, 201);
	}

	@Test
	void aFormThatIsNotUtf8IsRefusedWithoutBeingQuotedAnywhere() throws Exception {
		byte[] form = "reason=\u00ff&nationalId=A123456789&birthDate=74/03/14".getBytes(StandardCharsets.ISO_8859_1);
		for (String path : List.of("/console/workshops/" + this.workshopId + "/attendance-corrections",
				"/api/workshops/" + this.workshopId + "/registrations")) {
			HttpResponse<String> refused = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + ADMIN_TOKEN)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofByteArray(form))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

			assertThat(refused.statusCode()).as(path).isEqualTo(400);
			assertThat(refused.body()).as(path).contains("表單內容無法讀取", "The form could not be read");
		}
		// The class's closing scan finds neither the ID number nor the birth date in the
		// log.
	}

	record Call(String method, String path, String contentType, Fuzzed body) {
	}

	private Arbitrary<Call> calls() {
		Arbitrary<String> ids = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(this.workshopId)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(ODD_IDS)));
		Arbitrary<String> numbers = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.just(this.registrationNo)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(ODD_IDS)));
		return Arbitraries.of(endpoints()).flatMap((endpoint) -> {
			Arbitrary<Fuzzed> bodies = FuzzedBodies.of(List.of(() -> JSON.readTree(endpoint.body())));
			return Combinators.combine(ids, numbers, Arbitraries.of(ODD_QUERIES), Arbitraries.of(CONTENT_TYPES), bodies)
				.as((id, number, query, type, body) -> new Call(endpoint.method(),
						endpoint.path().replace("{id}", id).replace("{no}", number) + query, type, body));
		});
	}

	private List<Endpoint> endpoints() {
		Instant now = this.clock.instant();
		String none = "{}";
		return List.of(new Endpoint("POST", "/api/workshops", workshop(now)),
				new Endpoint("PUT", "/api/workshops/{id}", workshop(now)),
				new Endpoint("POST", "/api/workshops/{id}/registrations", RegistrationApiTest.FAXED_FORM),
				new Endpoint("POST", "/api/workshops/{id}/registrations", "[" + RegistrationApiTest.FAXED_FORM + "]"),
				new Endpoint("PUT", "/api/workshops/{id}/stream",
						"{\"url\": \"https://www.youtube.com/watch?v=abc123\"}"),
				new Endpoint("POST", "/api/workshops/{id}/announcements",
						"{\"text\": \"改到 3 樓\", \"audience\": \"all\"}"),
				new Endpoint("POST", "/api/workshops/{id}/groups",
						"{\"groupId\": \"Ca56f94637c8d5d9ad7b1c4a1a1b1c1d1\"}"),
				new Endpoint("POST", "/api/workshops/{id}/attendance/{no}",
						"{\"wholeSession\": true, \"reason\": \"直播中斷，主辦確認全程在線\"}"),
				new Endpoint("PUT", "/api/workshops/{id}/attendance-codes",
						"{\"checkIn\": \"4721\", \"checkOut\": \"ab 88\"}"),
				new Endpoint("POST", "/api/organizers/invitations", none),
				new Endpoint("GET", "/api/workshops/{id}/registrations.xlsx", none),
				new Endpoint("GET", "/api/workshops/{id}/learning-hours.csv", none),
				new Endpoint("GET", "/api/workshops/{id}/attendance", none),
				new Endpoint("GET", "/api/workshops/{id}/calendar.ics", none), new Endpoint("GET", "/api/audit", none),
				new Endpoint("DELETE", "/api/workshops/{id}/groups/{no}", none),
				new Endpoint("DELETE", "/api/workshops/{id}/registrations/{no}/personal-data", none),
				new Endpoint("DELETE", "/api/organizers/{no}", none));
	}

	private HttpResponse<String> send(Call call) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + call.path()))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.timeout(Duration.ofSeconds(30));
		if (!call.contentType().isEmpty()) {
			request.header("Content-Type", call.contentType());
		}
		HttpRequest.BodyPublisher body = "GET".equals(call.method()) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(call.body().body());
		try {
			return this.http.send(request.method(call.method(), body).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			if (call.body().body().length > TOMCAT_SWALLOWS) {
				return null; // refused before it was read, and the connection closed: not
								// read either
			}
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String workshop(Instant now) {
		return """
				{"title": "期初討論工作坊", "startsAt": "%s", "endsAt": "%s", "registrationClosesAt": "%s",
				 "learningHours": 2, "capacity": 40}""".formatted(now.plus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), now.plus(Duration.ofDays(2)));
	}

}
