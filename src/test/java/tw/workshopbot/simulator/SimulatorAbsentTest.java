package tw.workshopbot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a real access token (and no SIMULATOR=true) the simulator is not there: its page,
 * its assets and the stand-in for LINE's API all answer 404, as an address nothing
 * serves.
 */
class SimulatorAbsentTest extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource({ "GET,/simulator", "GET,/simulator/requests", "GET,/simulator/events", "POST,/simulator/people",
			"GET,/v2/bot/info", "POST,/v2/bot/message/reply", "GET,/v2/bot/profile/Uabc" })
	void everyPathOfTheSimulatorIsAbsent(String method, String path) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.method(method, HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
	}

}
