package tw.workshopbot.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API as an organizer's script calls it: with the bearer token, over HTTP. */
public final class AdminApi {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	public AdminApi(int port) {
		this.port = port;
	}

	/** Calls and checks the status; the body as JSON. */
	public JsonNode call(String method, String path, String body, int expectedStatus) {
		HttpResponse<byte[]> response = send(method, path, body);
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
			.isEqualTo(expectedStatus);
		return this.json.readTree(response.body());
	}

	/** A download: the raw bytes, after checking the status. */
	public HttpResponse<byte[]> download(String path) {
		HttpResponse<byte[]> response = send("GET", path, null);
		assertThat(response.statusCode()).as(() -> new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		return response;
	}

	public HttpResponse<byte[]> send(String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
			.header("Content-Type", "application/json")
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
