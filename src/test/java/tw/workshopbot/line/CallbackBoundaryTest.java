package tw.workshopbot.line;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** What the webhook refuses, with which status, and that a refusal processes nothing. */
class CallbackBoundaryTest extends IntegrationTest {

	@Test
	void answersLinesConnectivityCheckWith200() {
		String body = "{\"destination\":\"" + LineWebhook.DESTINATION + "\",\"events\":[]}";

		assertThat(this.webhook.post(body).statusCode()).isEqualTo(200);
	}

	@Test
	void acceptsLinesOfficialSignatureTestVector() {
		// From LINE's docs: this body signed with this secret gives exactly this
		// signature.
		String body = "{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}";
		var response = this.webhook.post(body.getBytes(StandardCharsets.UTF_8),
				"GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesForgedSignatureWith401AndHandlesNothing() {
		String body = LineWebhook.body(WebhookEvent.text("Uforged", "hi"));
		String forged = LineWebhook.sign("something else".getBytes(StandardCharsets.UTF_8));

		assertThat(this.webhook.post(body.getBytes(StandardCharsets.UTF_8), forged).statusCode()).isEqualTo(401);
		assertNothingProcessed();
	}

	@Test
	void refusesMissingSignatureWith401() {
		String body = LineWebhook.body(WebhookEvent.text("Unosig", "hi"));

		assertThat(this.webhook.post(body.getBytes(StandardCharsets.UTF_8), null).statusCode()).isEqualTo(401);
		assertNothingProcessed();
	}

	@Test
	void refusesSignatureThatIsNotBase64With401() {
		String body = LineWebhook.body(WebhookEvent.text("Unotb64", "hi"));

		assertThat(this.webhook.post(body.getBytes(StandardCharsets.UTF_8), "%%% not base64 %%%").statusCode())
			.isEqualTo(401);
		assertNothingProcessed();
	}

	@Test
	void refusesSignedMalformedJsonWith400() {
		assertThat(this.webhook.post("{not json").statusCode()).isEqualTo(400);
		assertThat(this.webhook.post("{\"destination\":\"x\"}").statusCode()).isEqualTo(400);
		assertNothingProcessed();
	}

	@Test
	void refusesTwoMebibyteBodyWith413() {
		byte[] body = new byte[2 * 1024 * 1024];
		Arrays.fill(body, (byte) ' ');

		assertThat(this.webhook.post(body, LineWebhook.sign(body)).statusCode()).isEqualTo(413);
		assertNothingProcessed();
	}

	@Test
	void refusesChunkedBodyOverTheLimitWith413() throws Exception {
		byte[] body = new byte[1024 * 1024 + 1];
		Arrays.fill(body, (byte) ' ');
		// An InputStream publisher has no length: the body arrives chunked and must be
		// cut while read.
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/callback"))
			.header("x-line-signature", LineWebhook.sign(body))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void keepsAdminApiAndMetricsBehindTheAdminToken() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI prometheus = URI.create("http://localhost:" + this.port + "/actuator/prometheus");

		var anonymous = http.send(HttpRequest.newBuilder(prometheus).build(), HttpResponse.BodyHandlers.ofString());
		var wrongToken = http.send(HttpRequest.newBuilder(prometheus).header("Authorization", "Bearer nope").build(),
				HttpResponse.BodyHandlers.ofString());
		var admin = http.send(
				HttpRequest.newBuilder(prometheus).header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
				HttpResponse.BodyHandlers.ofString());
		var health = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/liveness"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("webhook_events_received_total");
		assertThat(health.statusCode()).isEqualTo(200);
	}

	private void assertNothingProcessed() {
		Set<String> keys = this.redis.keys("wb:*");
		assertThat(keys).isEmpty();
		assertThat(LineApi.requests()).isEmpty();
	}

}
