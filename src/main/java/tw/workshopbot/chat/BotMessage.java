package tw.workshopbot.chat;

import java.util.List;

/**
 * A message the bot sends, as data; the {@code line} package turns it into LINE's model.
 */
public sealed interface BotMessage {

	/**
	 * @param text at most 5,000 UTF-16 units (LINE's limit)
	 * @param choices quick-reply buttons; only the last message of a reply shows them
	 */
	record Text(String text, List<Choice> choices) implements BotMessage {

		public Text {
			choices = List.copyOf(choices);
		}

		public Text(String text) {
			this(text, List.of());
		}

	}

	/**
	 * Cards side by side (a Flex bubble, or a carousel of up to 12): for what a quick
	 * reply's 13 buttons or a template's 4 actions can't hold, such as 30 offices or a
	 * summary with a change button per field.
	 *
	 * @param altText what notifications and old clients show, at most 1,500 characters
	 * @param choices quick-reply buttons under it, when it is the last message
	 */
	record Cards(String altText, List<Card> cards, List<Choice> choices) implements BotMessage {

		public Cards {
			cards = List.copyOf(cards);
			choices = List.copyOf(choices);
			if (cards.isEmpty() || cards.size() > 12) {
				throw new IllegalArgumentException("A carousel holds 1 to 12 cards, not " + cards.size());
			}
		}

	}

	/**
	 * @param title a heading, or null
	 * @param lines plain lines under the heading
	 * @param rows label and value pairs, each with an optional button beside it
	 * @param buttons full-width buttons at the bottom
	 */
	record Card(String title, List<String> lines, List<Row> rows, List<Choice> buttons) {

		public Card {
			lines = List.copyOf(lines);
			rows = List.copyOf(rows);
			buttons = List.copyOf(buttons);
		}

	}

	/**
	 * @param action the button beside the value, or null
	 */
	record Row(String label, String value, Choice action) {
	}

	/**
	 * A button: its label (at most 20 characters in a quick reply) and what a tap does.
	 */
	record Choice(String label, Action action) {

		/**
		 * A postback button (1:1 chats only) whose tap shows its label as the person's
		 * message.
		 */
		public static Choice tapping(String label, String data) {
			return new Choice(label, new Action.Postback(data, label));
		}

	}

	/** What a tap does. */
	sealed interface Action {

		/** The person sends this text, as if typed. */
		record Say(String text) implements Action {
		}

		/**
		 * The bot gets {@code data} and the chat shows {@code displayText} as the
		 * person's message. Only in 1:1 chats: a tap in a group may come without a user
		 * id.
		 */
		record Postback(String data, String displayText) implements Action {
		}

		/** Opens a link (the 1:1 chat with a command typed in, a calendar file). */
		record Open(String uri) implements Action {
		}

	}

}
