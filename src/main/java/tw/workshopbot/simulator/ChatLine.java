package tw.workshopbot.simulator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One line of a chat as the page shows it.
 *
 * @param from the test person's user id, or {@link #BOT}
 * @param kind {@code text} typed by a person, {@code tap} a postback's display text,
 * {@code message} one LINE message object the bot sent (its JSON in {@code body})
 * @param via for the bot's messages: {@code reply}, {@code push} or {@code multicast}
 */
record ChatLine(Instant at, String from, String kind, String body, String via) {

	static final String BOT = "bot";

	/** How the page shows a time: the lines', the clock's and the requests'. */
	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

	boolean fromBot() {
		return BOT.equals(this.from);
	}

}
