package tw.workshopbot.workshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopApiTest extends IntegrationTest {

	private static final String NEW_WORKSHOP = """
			{"title": "第二場次：社造點甄選說明會", "startsAt": "2020-06-02T06:30:00Z",
			 "endsAt": "2020-06-02T16:30:00+08:00", "registrationClosesAt": "2020-06-01T12:00:00+08:00",
			 "learningHours": 2, "capacity": 40}""";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private CatalogLoader catalog;

	@BeforeEach
	void loadCatalog() throws Exception {
		this.catalog.run();
	}

	@Test
	void refusesCallersWithoutTheAdminToken() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/workshops")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void listsTheCatalogsWorkshopInTaipeiTime() throws Exception {
		JsonNode list = call("GET", "/api/workshops", null, 200);

		JsonNode seed = list.get(0);
		assertThat(seed.get("id").asString()).isEqualTo("W109");
		assertThat(seed.get("startsAt").asString()).isEqualTo("2020-05-12T14:30:00+08:00");
		assertThat(seed.get("registrationClosesAt").asString()).isEqualTo("2020-05-11T12:00:00+08:00");
		assertThat(seed.get("offices")).hasSize(30);
	}

	@Test
	void createsAWorkshopWithTheCatalogsOfficesAndAnswersInTaipeiTime() throws Exception {
		JsonNode created = call("POST", "/api/workshops", NEW_WORKSHOP, 201);

		assertThat(created.get("id").asString()).matches("W[A-Z2-9]{5}");
		assertThat(created.get("startsAt").asString()).isEqualTo("2020-06-02T14:30:00+08:00");
		assertThat(created.get("offices")).hasSize(30);
		JsonNode read = call("GET", "/api/workshops/" + created.get("id").asString(), null, 200);
		assertThat(read.get("capacity").asInt()).isEqualTo(40);
	}

	@Test
	void refusesATakenIdAndListsEveryProblemOfABadWorkshop() throws Exception {
		call("POST", "/api/workshops", NEW_WORKSHOP.replace("{", "{\"id\": \"W109\", "), 409);

		JsonNode problem = call("POST", "/api/workshops",
				"{\"title\": \"\", \"startsAt\": \"2020-06-02T16:30:00+08:00\", \"endsAt\": \"2020-06-02T14:30:00+08:00\","
						+ " \"capacity\": 0}",
				400);

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"registrationClosesAt", "endsAt", "capacity");
	}

	@Test
	void refusesFieldsPastTheirDocumentedMaximumsByField() throws Exception {
		String contact = "{\"organization\": \"" + "機".repeat(6000) + "\"}";
		String offices = String.join(",", java.util.Collections.nCopies(121, "{\"name\": \"某區公所\"}"));
		String tooMuch = NEW_WORKSHOP.replace("{", "{\"venue\": \"" + "場".repeat(201) + "\", \"contacts\": [" + contact
				+ ", {}, {}, {}, {}, {}], \"offices\": [" + offices + "], ");

		JsonNode problem = call("POST", "/api/workshops", tooMuch, 400);

		assertThat(problem.get("errors").findValuesAsString("field")).contains("venue", "contacts",
				"contacts[0].organization", "contacts[5].organization", "offices", "offices[1].name");
		assertThat(problem.get("errors").toString()).contains("at most 200 characters", "at most 5, not 6",
				"at most 120, not 121", "each office once");
	}

	@Test
	void refusesTimesOutsideSaneYearsAndNumbersForTimes() throws Exception {
		JsonNode problem = call("POST", "/api/workshops", """
				{"title": "t", "startsAt": 5, "endsAt": "+10000-01-01T10:00:00+08:00",
				 "registrationClosesAt": "2100-06-01T12:00:00+08:00"}""", 400);

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("startsAt", "endsAt",
				"registrationClosesAt");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("ISO-8601", "2000–2099");
		JsonNode tooLong = call("POST", "/api/workshops", NEW_WORKSHOP
			.replace("\"endsAt\": \"2020-06-02T16:30:00+08:00\"", "\"endsAt\": \"2020-08-02T16:30:00+08:00\""), 400);
		assertThat(tooLong.get("errors").toString()).contains("at most 31 days after startsAt");
	}

	@Test
	void refusesNamesWithControlOrOnlyInvisibleCharacters() throws Exception {
		JsonNode problem = call("POST", "/api/workshops", NEW_WORKSHOP.replace("第二場次：社造點甄選說明會", "\u200B\u2060")
			.replace("{",
					"{\"venue\": \"A\\u0000B\", \"series\": \"\u202E甄選\", \"offices\": [{\"name\": \"\u200B\"}, null], "),
				400);

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "venue",
				"series", "offices[0].name", "offices[1].name");
	}

	@Test
	void idsAreOneWhateverTheirLetterCase() throws Exception {
		call("POST", "/api/workshops", NEW_WORKSHOP.replace("{", "{\"id\": \"w109\", "), 409);
		assertThat(call("GET", "/api/workshops/w109", null, 200).get("id").asString()).isEqualTo("W109");

		JsonNode seed = call("GET", "/api/workshops/W109", null, 200);
		String changed = this.json.writeValueAsString(seed).replace("\"capacity\":null", "\"capacity\":70");
		assertThat(call("PUT", "/api/workshops/w109", changed, 200).get("id").asString()).isEqualTo("W109");
		assertThat(call("GET", "/api/workshops", null, 200).findValuesAsString("id")).containsOnlyOnce("W109")
			.doesNotContain("w109");
		assertThat(call("GET", "/api/workshops/W109", null, 200).get("capacity").asInt()).isEqualTo(70);
	}

	@Test
	void aChangeByAnOrganizerSurvivesTheNextStart() throws Exception {
		JsonNode seed = call("GET", "/api/workshops/W109", null, 200);
		String changed = this.json.writeValueAsString(seed).replace("\"capacity\":null", "\"capacity\":60");

		call("PUT", "/api/workshops/W109", changed, 200);
		this.catalog.run();

		assertThat(call("GET", "/api/workshops/W109", null, 200).get("capacity").asInt()).isEqualTo(60);
		call("GET", "/api/workshops/nope", null, 404);
	}

	private JsonNode call(String method, String path, String body, int expectedStatus) {
		return new AdminApi(this.port).call(method, path, body, expectedStatus);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
