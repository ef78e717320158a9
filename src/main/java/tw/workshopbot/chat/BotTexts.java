package tw.workshopbot.chat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing text: Traditional Chinese (Taiwan) first, English alongside, both from the
 * message bundles so that wording is edited in one place.
 */
@Component
public class BotTexts {

	public static final Locale ZH_TW = Locale.TAIWAN;

	private final MessageSource messages;

	/** Texts without arguments, composed once: the same answer goes out many times. */
	private final Map<String, String> fixed = new ConcurrentHashMap<>();

	BotTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String bilingual(String key, Object... args) {
		if (args.length == 0) {
			return this.fixed.computeIfAbsent(key, (fixedKey) -> compose(fixedKey));
		}
		return compose(key, args);
	}

	/** Both languages on one line, for a field of an API answer. */
	public String oneLine(String key, Object... args) {
		return zh(key, args) + " / " + en(key, args);
	}

	private String compose(String key, Object... args) {
		return zh(key, args) + "\n\n" + en(key, args);
	}

	public String zh(String key, Object... args) {
		return this.messages.getMessage(key, args, ZH_TW);
	}

	public String en(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

}
