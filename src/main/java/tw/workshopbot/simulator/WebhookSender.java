package tw.workshopbot.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.workshopbot.line.LineProperties;

/**
 * Turns what a test person does into the webhook LINE would send: a unique
 * {@code webhookEventId}, a reply token the stand-in will honour once, the simulator
 * clock's timestamp, the source as LINE sets it (in a group, with the user's id), signed
 * with the channel secret and posted to the service's own {@code /callback}.
 */
@Component
@WhenSimulating
class WebhookSender {

	private final SimulatorStore store;

	private final Clock clock;

	private final JsonMapper json;

	private final LineProperties line;

	private final Environment environment;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	WebhookSender(SimulatorStore store, Clock clock, JsonMapper json, LineProperties line, Environment environment) {
		this.store = store;
		this.clock = clock;
		this.json = json;
		this.line = line;
		this.environment = environment;
	}

	/** Where an event happens: a 1:1 chat, or a group with the member who acted. */
	record Source(String userId, String groupId) {

		String chatId() {
			return (this.groupId != null) ? this.groupId : this.userId;
		}

	}

	void text(Source source, String text) {
		ObjectNode event = event("message", source, true);
		event.putObject("message")
			.put("type", "text")
			.put("id", Long.toString(System.nanoTime()))
			.put("quoteToken", UUID.randomUUID().toString())
			.put("text", text);
		post(event);
	}

	void postback(Source source, String data) {
		ObjectNode event = event("postback", source, true);
		event.putObject("postback").put("data", data);
		post(event);
	}

	void follow(String userId) {
		ObjectNode event = event("follow", new Source(userId, null), true);
		event.putObject("follow").put("isUnblocked", false);
		post(event);
	}

	/** The bot added to a group: LINE's join event has no user in its source. */
	void join(String groupId) {
		post(event("join", new Source(null, groupId), true));
	}

	private ObjectNode event(String type, Source source, boolean replyable) {
		ObjectNode event = this.json.createObjectNode();
		event.put("type", type);
		event.put("mode", "active");
		event.put("timestamp", this.clock.millis());
		event.put("webhookEventId", "SIM" + UUID.randomUUID().toString().replace("-", "").toUpperCase());
		event.putObject("deliveryContext").put("isRedelivery", false);
		ObjectNode from = event.putObject("source");
		if (source.groupId() != null) {
			from.put("type", "group").put("groupId", source.groupId());
			if (source.userId() != null) {
				from.put("userId", source.userId());
			}
		}
		else {
			from.put("type", "user").put("userId", source.userId());
		}
		if (replyable) {
			String token = UUID.randomUUID().toString().replace("-", "");
			this.store.issueToken(token, source.chatId(), this.clock.instant());
			event.put("replyToken", token);
		}
		return event;
	}

	private void post(ObjectNode event) {
		ObjectNode body = this.json.createObjectNode();
		body.put("destination", LineStandIn.BOT_USER_ID);
		body.putArray("events").add(event);
		byte[] bytes = this.json.writeValueAsBytes(body);
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("x-line-signature", sign(bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		try {
			HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("The webhook answered " + answer.statusCode());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The webhook could not be reached: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while posting the webhook", ex);
		}
	}

	/** LINE's signature: HMAC-SHA256 of the body with the channel secret, in Base64. */
	private String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.line.channelSecret().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
