package tw.workshopbot.chat;

import java.util.List;

/**
 * A message the bot sends, as data; the {@code line} package turns it into LINE's model.
 */
public sealed interface BotMessage {

	/**
	 * @param text at most 5,000 UTF-16 units (LINE's limit)
	 * @param choices quick-reply buttons, each sending its text when tapped; only the
	 * last message of a reply shows them
	 */
	record Text(String text, List<Choice> choices) implements BotMessage {

		public Text(String text) {
			this(text, List.of());
		}

	}

	/**
	 * A quick-reply button whose label (at most 20 characters) is also the text it sends.
	 */
	record Choice(String label, String text) {
	}

}
