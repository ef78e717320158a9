package tw.workshopbot.chat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The words that name a command, from the bundles ({@code command.<name>}, a
 * comma-separated list per language): 取消 and "cancel" both cancel, whatever the person's
 * language, so that an alias is added by editing a bundle.
 */
@Component
public class Commands {

	private static final Pattern ARGUMENT_START = Pattern.compile("^[\\s:：]+");

	private final BotTexts texts;

	private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

	/** Each command's words, the longest first: asked for every message. */
	private final Map<String, List<String>> longestFirst = new ConcurrentHashMap<>();

	Commands(BotTexts texts) {
		this.texts = texts;
	}

	/** Whether the normalized text is one of the command's words, in either language. */
	public boolean is(String name, String text) {
		return wordsOf(name).contains(text.toLowerCase(Locale.ROOT));
	}

	/** Its words in both languages, normalized and lower-case. */
	public Set<String> words(String name) {
		return wordsOf(name);
	}

	/**
	 * What follows one of the command's words at the start of the text: empty when the
	 * text is the word alone, absent when the text does not start with a word of it. A
	 * word ending in a Latin letter or digit must be followed by a space or a colon
	 * ("claims" is not "claim" and its argument); Chinese needs none (認領ABC234).
	 */
	public Optional<String> argument(String name, String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return this.longestFirst
			.computeIfAbsent(name,
					(key) -> wordsOf(key).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
			.stream()
			.filter(lower::startsWith)
			.filter((word) -> followedByBreak(word, text.substring(word.length())))
			.findFirst()
			.map((word) -> ARGUMENT_START.matcher(text.substring(word.length())).replaceFirst(""));
	}

	private static boolean followedByBreak(String word, String rest) {
		char last = word.charAt(word.length() - 1);
		boolean latin = last < 128 && Character.isLetterOrDigit(last);
		return rest.isEmpty() || !latin || Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == ':'
				|| rest.charAt(0) == '：';
	}

	/** The command's first word in a language: what its button says. */
	public String label(String name, Locale locale) {
		return this.texts.in(locale, "command." + name).split(",")[0].strip();
	}

	private Set<String> wordsOf(String name) {
		return this.words.computeIfAbsent(name,
				(key) -> Stream.of(this.texts.zh("command." + key), this.texts.en("command." + key))
					.flatMap((list) -> Arrays.stream(list.split(",")))
					.map((word) -> Said.normalize(word).toLowerCase(Locale.ROOT))
					.filter((word) -> !word.isEmpty())
					.collect(Collectors.toUnmodifiableSet()));
	}

}
