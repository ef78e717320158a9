package tw.workshopbot.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person in a 1:1 chat with the bot: types, taps buttons of the bot's last answer, and
 * reads what came back. Keeps the whole exchange as a transcript that tests print when
 * they fail.
 */
public final class ChatUser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the bot answers an event it could not keep: the person is to say it again. */
	public static final String BUSY = "系統忙碌";

	private final String userId;

	private final LineWebhook webhook;

	private final StringBuilder transcript;

	private Answer last;

	private WebhookEvent lastSent;

	public ChatUser(String userId, LineWebhook webhook, StringBuilder transcript) {
		this.userId = userId;
		this.webhook = webhook;
		this.transcript = transcript;
	}

	public String userId() {
		return this.userId;
	}

	/** Types a message and waits for the bot's answer. */
	public Answer says(String text) {
		this.transcript.append(this.userId).append(" > ").append(text).append('\n');
		return deliver(WebhookEvent.text(this.userId, text));
	}

	/** Taps the button of the last answer whose label is {@code label}. */
	public Answer taps(String label) {
		Button button = this.last.button(label)
			.orElseThrow(() -> new AssertionError("No button \"" + label + "\" in:\n" + this.last));
		this.transcript.append(this.userId).append(" [").append(label).append("]\n");
		if (button.data() != null) {
			return deliver(WebhookEvent.postback(this.userId, button.data()));
		}
		return deliver(WebhookEvent.text(this.userId, button.text()));
	}

	/**
	 * Sends an event of one's own making (a redelivery, a postback from an old message).
	 */
	public Answer sends(WebhookEvent event) {
		this.transcript.append(this.userId).append(" (event)\n");
		return deliver(event);
	}

	/**
	 * Says or taps again what was sent last, as a person told the system is busy does;
	 * the answer before the busy one keeps its buttons.
	 */
	public Answer again() {
		this.transcript.append(this.userId).append(" (again)\n");
		return deliver(this.lastSent.again());
	}

	public Answer last() {
		return this.last;
	}

	private Answer deliver(WebhookEvent event) {
		int before = repliesTo(event).size();
		this.lastSent = event;
		assertThat(this.webhook.deliver(event).statusCode()).as("the webhook's answer to LINE").isEqualTo(200);
		await().untilAsserted(() -> assertThat(repliesTo(event)).hasSizeGreaterThan(before));
		List<ServeEvent> replies = repliesTo(event);
		Answer answer = Answer.of(replies.get(replies.size() - 1).getRequest().getBodyAsString());
		this.transcript.append(answer).append('\n');
		if (!answer.text().contains(BUSY)) {
			this.last = answer;
		}
		return answer;
	}

	private static List<ServeEvent> repliesTo(WebhookEvent event) {
		return LineApi.requestsTo("/v2/bot/message/reply")
			.stream()
			.filter((reply) -> reply.getRequest().getBodyAsString().contains(event.replyToken()))
			.toList();
	}

	/** A button: its label and what a tap sends (postback data, or text). */
	public record Button(String label, String data, String text, String uri) {
	}

	/**
	 * The bot's answer: its messages' texts (alt texts and card texts included) and
	 * buttons.
	 */
	public record Answer(List<String> texts, List<Button> buttons, List<String> quickReplies, String json) {

		static Answer of(String body) {
			JsonNode messages = JSON.readTree(body).path("messages");
			List<String> texts = new ArrayList<>();
			List<Button> buttons = new ArrayList<>();
			List<String> quickReplies = new ArrayList<>();
			for (int i = 0; i < messages.size(); i++) {
				JsonNode message = messages.get(i);
				if (message.has("text")) {
					texts.add(message.path("text").asString());
				}
				else {
					collect(message.path("contents"), texts, buttons);
				}
				for (JsonNode item : message.path("quickReply").path("items")) {
					buttons.add(button(item.path("action")));
					quickReplies.add(item.path("action").path("label").asString());
				}
			}
			return new Answer(texts, buttons, quickReplies, body);
		}

		private static void collect(JsonNode node, List<String> texts, List<Button> buttons) {
			if ("button".equals(node.path("type").asString())) {
				buttons.add(button(node.path("action")));
				return;
			}
			if ("text".equals(node.path("type").asString())) {
				texts.add(node.path("text").asString());
			}
			for (JsonNode child : node) {
				if (child.isContainer()) {
					collect(child, texts, buttons);
				}
			}
		}

		private static Button button(JsonNode action) {
			return new Button(action.path("label").asString(),
					action.has("data") ? action.path("data").asString() : null,
					action.has("text") ? action.path("text").asString() : null,
					action.has("uri") ? action.path("uri").asString() : null);
		}

		/** All texts, one per line. */
		public String text() {
			return String.join("\n", this.texts);
		}

		/** The last line of the last text message: a question's label. */
		public String lastLine() {
			String lastText = this.texts.get(this.texts.size() - 1);
			String[] lines = lastText.split("\n");
			return lines[lines.length - 1];
		}

		public Optional<Button> button(String label) {
			return this.buttons.stream().filter((button) -> button.label().equals(label)).findFirst();
		}

		public List<String> labels() {
			return this.buttons.stream().map(Button::label).toList();
		}

		@Override
		public String toString() {
			return "  bot: " + String.join("\n       ", text().split("\n")) + "\n  buttons: " + labels();
		}

	}

}
