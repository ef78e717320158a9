package tw.workshopbot.line;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexContainer;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Row;

/**
 * The bot's messages in LINE's model. LINE shows quick replies only on the last message,
 * and cuts labels to its limits: 20 characters on a quick reply, 40 on a Flex button.
 */
final class LineMessages {

	static final int MAX_PER_REQUEST = 5;

	private static final int QUICK_REPLY_LABEL = 20;

	private static final int FLEX_BUTTON_LABEL = 40;

	private static final int MAX_QUICK_REPLIES = 13;

	private static final int ALT_TEXT = 1500;

	private LineMessages() {
	}

	static List<Message> of(List<BotMessage> messages) {
		if (messages.isEmpty() || messages.size() > MAX_PER_REQUEST) {
			throw new IllegalArgumentException("LINE takes 1 to 5 messages per request, not " + messages.size());
		}
		List<Message> out = new ArrayList<>(messages.size());
		for (int i = 0; i < messages.size(); i++) {
			out.add(toLine(messages.get(i), i == messages.size() - 1));
		}
		return out;
	}

	private static Message toLine(BotMessage message, boolean last) {
		if (message instanceof BotMessage.Text text) {
			return new TextMessage.Builder(text.text()).quickReply(quickReply(last ? text.choices() : List.of()))
				.build();
		}
		if (message instanceof BotMessage.Cards cards) {
			List<FlexBubble> bubbles = cards.cards().stream().map(LineMessages::bubble).toList();
			FlexContainer contents = (bubbles.size() == 1) ? bubbles.get(0) : new FlexCarousel(bubbles);
			return new FlexMessage(quickReply(last ? cards.choices() : List.of()), null, cut(cards.altText(), ALT_TEXT),
					contents);
		}
		throw new IllegalArgumentException("No LINE form for " + message.getClass().getSimpleName());
	}

	private static QuickReply quickReply(List<Choice> choices) {
		if (choices.isEmpty()) {
			return null;
		}
		return new QuickReply(choices.stream()
			.limit(MAX_QUICK_REPLIES)
			.map((choice) -> new QuickReplyItem(null, action(choice, QUICK_REPLY_LABEL), "action"))
			.toList());
	}

	private static FlexBubble bubble(Card card) {
		List<FlexComponent> body = new ArrayList<>();
		if (card.title() != null) {
			body.add(new FlexText.Builder().text(card.title())
				.weight(FlexText.Weight.BOLD)
				.size("lg")
				.wrap(true)
				.build());
		}
		for (String line : card.lines()) {
			body.add(new FlexText.Builder().text(line).size("sm").wrap(true).build());
		}
		for (Row row : card.rows()) {
			body.add(row(row));
		}
		FlexBubble.Builder bubble = new FlexBubble.Builder()
			.body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).spacing("sm").build());
		if (!card.buttons().isEmpty()) {
			List<FlexComponent> buttons = new ArrayList<>();
			for (int i = 0; i < card.buttons().size(); i++) {
				buttons.add(new FlexButton.Builder(action(card.buttons().get(i), FLEX_BUTTON_LABEL))
					.style((i == 0) ? FlexButton.Style.PRIMARY : FlexButton.Style.SECONDARY)
					.height(FlexButton.Height.SM)
					.build());
			}
			bubble.footer(new FlexBox.Builder(FlexBox.Layout.VERTICAL, buttons).spacing("sm").build());
		}
		return bubble.build();
	}

	private static FlexComponent row(Row row) {
		List<FlexComponent> parts = new ArrayList<>();
		parts.add(new FlexText.Builder().text(row.label()).size("sm").color("#888888").flex(3).wrap(true).build());
		parts.add(new FlexText.Builder().text(row.value().isEmpty() ? "—" : row.value())
			.size("sm")
			.flex(5)
			.wrap(true)
			.build());
		if (row.action() != null) {
			parts.add(new FlexButton.Builder(action(row.action(), FLEX_BUTTON_LABEL)).style(FlexButton.Style.LINK)
				.height(FlexButton.Height.SM)
				.flex(2)
				.build());
		}
		return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, parts).spacing("sm").build();
	}

	private static Action action(Choice choice, int labelLimit) {
		String label = cut(choice.label(), labelLimit);
		BotMessage.Action action = choice.action();
		if (action instanceof BotMessage.Action.Say say) {
			return new MessageAction(label, say.text());
		}
		if (action instanceof BotMessage.Action.Postback postback) {
			return new PostbackAction.Builder().label(label)
				.data(postback.data())
				.displayText(postback.displayText())
				.build();
		}
		if (action instanceof BotMessage.Action.Open open) {
			return new URIAction.Builder().label(label).uri(URI.create(open.uri())).build();
		}
		throw new IllegalArgumentException("No LINE action for " + action.getClass().getSimpleName());
	}

	/** Cut at a code point, never inside a surrogate pair. */
	private static String cut(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 2 : limit - 1;
		return text.substring(0, end) + "…";
	}

}
