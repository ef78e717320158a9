package tw.workshopbot.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Posts webhooks as LINE does: JSON signed with HMAC-SHA256 of the channel secret. */
public final class LineWebhook {

	public static final String CHANNEL_SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";

	public static final String DESTINATION = "U8e742f61d673b39c7fff3cecb7536ef0";

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI callback;

	public LineWebhook(int port) {
		this.callback = URI.create("http://localhost:" + port + "/callback");
	}

	public HttpResponse<String> deliver(WebhookEvent... events) {
		return post(body(events));
	}

	public static String body(WebhookEvent... events) {
		ObjectNode body = WebhookEvent.JSON.createObjectNode().put("destination", DESTINATION);
		ArrayNode array = body.putArray("events");
		for (WebhookEvent event : events) {
			array.add(event.node().deepCopy());
		}
		return WebhookEvent.JSON.writeValueAsString(body);
	}

	public HttpResponse<String> post(String body) {
		return post(body.getBytes(StandardCharsets.UTF_8), sign(body.getBytes(StandardCharsets.UTF_8)));
	}

	public HttpResponse<String> post(byte[] body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.callback)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("x-line-signature", signature);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(CHANNEL_SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
