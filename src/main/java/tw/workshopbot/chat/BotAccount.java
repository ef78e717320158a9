package tw.workshopbot.chat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The bot's own LINE account. */
public interface BotAccount {

	/** The account's basic ID ({@code @123abcde}), from LINE's bot-info API. */
	Optional<String> basicId();

	/**
	 * A link that opens the 1:1 chat with the bot with {@code text} typed in, ready to
	 * send: how a group message leads someone to a private answer.
	 */
	default Optional<String> chatLinkTyping(String text) {
		return basicId().map((id) -> "https://line.me/R/oaMessage/" + encode(id) + "/?" + encode(text));
	}

	/**
	 * A link that lets the person pick a friend or chat and send them {@code text}
	 * (LINE's URL scheme {@code /R/share}): how a claim code reaches a colleague. Empty
	 * when the link would pass the 1,000 characters a URI action takes.
	 */
	static Optional<String> shareLink(String text) {
		String link = "https://line.me/R/share?text=" + encode(text);
		return (link.length() <= 1000) ? Optional.of(link) : Optional.empty();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
