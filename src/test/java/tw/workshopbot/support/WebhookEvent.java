package tw.workshopbot.support;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One webhook event, read from a fixture under src/test/resources/webhooks and changed
 * where a test needs it. Every event gets a fresh id and reply token, so tests never
 * collide.
 */
public final class WebhookEvent {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObjectNode node;

	private WebhookEvent(ObjectNode node) {
		this.node = node;
	}

	public static WebhookEvent fixture(String name) {
		try (InputStream in = WebhookEvent.class.getResourceAsStream("/webhooks/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			WebhookEvent event = new WebhookEvent((ObjectNode) JSON.readTree(in));
			if (event.node.has("webhookEventId")) {
				event.eventId(ulidLike());
			}
			if (event.node.has("replyToken")) {
				event.replyToken(UUID.randomUUID().toString().replace("-", ""));
			}
			return event.at(Instant.now());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static WebhookEvent text(String userId, String text) {
		return fixture("message-text").fromUser(userId).text(text);
	}

	/** A tap on a postback button in a 1:1 chat. */
	public static WebhookEvent postback(String userId, String data) {
		WebhookEvent event = fixture("postback").fromUser(userId);
		((ObjectNode) event.node.get("postback")).put("data", data).remove("params");
		return event;
	}

	public WebhookEvent eventId(String id) {
		this.node.put("webhookEventId", id);
		return this;
	}

	public WebhookEvent replyToken(String token) {
		this.node.put("replyToken", token);
		return this;
	}

	public WebhookEvent at(Instant instant) {
		this.node.put("timestamp", instant.toEpochMilli());
		return this;
	}

	public WebhookEvent fromUser(String userId) {
		this.node.putObject("source").put("type", "user").put("userId", userId);
		return this;
	}

	/** A group event; pass null for a user id to get what some LINE clients send. */
	public WebhookEvent inGroup(String groupId, String userId) {
		ObjectNode source = this.node.putObject("source").put("type", "group").put("groupId", groupId);
		if (userId != null) {
			source.put("userId", userId);
		}
		return this;
	}

	public WebhookEvent text(String text) {
		((ObjectNode) this.node.get("message")).put("text", text);
		return this;
	}

	public WebhookEvent redelivered() {
		this.node.putObject("deliveryContext").put("isRedelivery", true);
		return this;
	}

	public WebhookEvent standby() {
		this.node.put("mode", "standby");
		this.node.remove("replyToken");
		return this;
	}

	/**
	 * The same thing said or tapped again: a new event, with its own id, reply token and
	 * time.
	 */
	public WebhookEvent again() {
		WebhookEvent copy = new WebhookEvent(this.node.deepCopy());
		return copy.eventId(ulidLike()).replyToken(UUID.randomUUID().toString().replace("-", "")).at(Instant.now());
	}

	public String eventId() {
		return this.node.path("webhookEventId").asString();
	}

	public String replyToken() {
		return this.node.path("replyToken").asString();
	}

	ObjectNode node() {
		return this.node;
	}

	/** The event's JSON as it stands, for a test that changes it field by field. */
	public ObjectNode fromUserOrGroupAsIs() {
		return this.node.deepCopy();
	}

	private static String ulidLike() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase(java.util.Locale.ROOT);
	}

}
