package tw.workshopbot.line;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import tw.workshopbot.chat.BotMessage;

/**
 * The bot's messages in LINE's model. LINE shows quick replies only on the last message.
 */
final class LineMessages {

	static final int MAX_PER_REQUEST = 5;

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
			TextMessage.Builder builder = new TextMessage.Builder(text.text());
			if (last && !text.choices().isEmpty()) {
				builder.quickReply(new QuickReply(text.choices()
					.stream()
					.map((choice) -> new QuickReplyItem(null, new MessageAction(choice.label(), choice.text()),
							"action"))
					.toList()));
			}
			return builder.build();
		}
		throw new IllegalArgumentException("No LINE form for " + message.getClass().getSimpleName());
	}

}
