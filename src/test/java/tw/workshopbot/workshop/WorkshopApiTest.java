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
		this.catalog.run(null);
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
	void aChangeByAnOrganizerSurvivesTheNextStart() throws Exception {
		JsonNode seed = call("GET", "/api/workshops/W109", null, 200);
		String changed = this.json.writeValueAsString(seed).replace("\"capacity\":null", "\"capacity\":60");

		call("PUT", "/api/workshops/W109", changed, 200);
		this.catalog.run(null);

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
