package tw.workshopbot.chat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * User-facing text from the message bundles, so that wording is edited in one place. A
 * message reads in the person's language first and the other one alongside: Traditional
 * Chinese (Taiwan) first for everyone whose LINE is not set to English.
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

	/**
	 * Chinese first, English alongside: for groups and people whose language is unknown.
	 */
	public String bilingual(String key, Object... args) {
		return say(ZH_TW, key, args);
	}

	/** The person's language first, then the other, after a blank line. */
	public String say(Locale first, String key, Object... args) {
		if (args.length == 0) {
			return this.fixed.computeIfAbsent(first.toLanguageTag() + ":" + key, (ignored) -> compose(first, key));
		}
		return compose(first, key, args);
	}

	/** Both languages on one line, for a field of an API answer. */
	public String oneLine(String key, Object... args) {
		return zh(key, args) + " / " + en(key, args);
	}

	/** One language only: button labels and card rows, where space is short. */
	public String in(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, isEnglish(locale) ? Locale.ENGLISH : ZH_TW);
	}

	public String in(Locale locale, MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, isEnglish(locale) ? Locale.ENGLISH : ZH_TW);
	}

	public String zh(String key, Object... args) {
		return this.messages.getMessage(key, args, ZH_TW);
	}

	public String en(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	/** The language shown alongside the person's own. */
	public static Locale other(Locale first) {
		return isEnglish(first) ? ZH_TW : Locale.ENGLISH;
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private String compose(Locale first, String key, Object... args) {
		return in(first, key, args) + "\n\n" + in(other(first), key, args);
	}

}
