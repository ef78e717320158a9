package tw.workshopbot.chat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person said: typed text, or a tapped button's postback. Postback data is a small
 * query string; its {@code t} is the text the button stands for, so a rich-menu button
 * (t=報名) is handled exactly like the typed command.
 *
 * @param text normalized: NFKC (full-width letters and digits become ASCII), trimmed, and
 * without the 。！？ people end a command with
 * @param postback the tapped button's parameters; empty for typed text
 * @param locale the language the person reads first
 * @param typed the text as typed, only trimmed (an announcement keeps its punctuation);
 * empty for a tap
 */
public record Said(EventContext context, String text, Map<String, String> postback, Locale locale, String typed) {

	/** The one parameter of a tap whose data could not be read. */
	static final String STALE = "stale";

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。！？!?\\s]+$");

	public Said {
		postback = Map.copyOf(postback);
	}

	public static Said typed(EventContext context, String typed, Locale locale) {
		return new Said(context, normalize(typed), Map.of(), locale, (typed != null) ? typed.strip() : "");
	}

	public static Said tapped(EventContext context, String data, Locale locale) {
		Map<String, String> parameters = parse(data);
		return new Said(context, normalize(parameters.getOrDefault("t", "")), parameters, locale, "");
	}

	public static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String normalized = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		return TRAILING_PUNCTUATION.matcher(normalized).replaceAll("").strip();
	}

	/**
	 * Postback data for a button: parameters in order, with only what a query string
	 * reads as syntax percent-encoded. LINE counts the data's characters (300 at most)
	 * and a carousel's bytes (50 KB): an office name of 30 characters is 30 here, not the
	 * 270 URL-encoding makes of it. Decoding is the same either way, so buttons sent
	 * before still read.
	 */
	public static String data(Map<String, String> parameters) {
		StringBuilder data = new StringBuilder();
		parameters.forEach((name, value) -> {
			if (!data.isEmpty()) {
				data.append('&');
			}
			data.append(name).append('=');
			value.codePoints().forEach((point) -> {
				if (point == '%' || point == '&' || point == '=' || point == '+' || point <= ' ') {
					data.append(URLEncoder.encode(Character.toString(point), StandardCharsets.UTF_8));
				}
				else {
					data.appendCodePoint(point);
				}
			});
		});
		return data.toString();
	}

	/** A tap whose data no button of ours could have sent (broken percent-encoding). */
	public boolean isUnreadableTap() {
		return this.postback.containsKey(STALE);
	}

	public boolean isTap() {
		return !this.postback.isEmpty();
	}

	public String userId() {
		return this.context.userId();
	}

	public boolean inOneToOne() {
		return this.context.chat().isOneToOne() && this.context.hasUserId();
	}

	private static Map<String, String> parse(String data) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (data == null || data.isBlank()) {
			return parameters;
		}
		for (String pair : data.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				try {
					parameters.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					// Broken percent-encoding: no button of ours sent it. Read as a tap
					// on
					// a button that no longer means anything, like an expired one.
					return Map.of(STALE, "");
				}
			}
		}
		return parameters;
	}

	@Override
	public String toString() {
		// What people type may be an ID number: never in a log line.
		return "Said[chat=" + this.context.chat().kind() + ", tap=" + isTap() + ", locale=" + this.locale + "]";
	}

}
