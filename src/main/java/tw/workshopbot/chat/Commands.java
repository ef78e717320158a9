package tw.workshopbot.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

	private final BotTexts texts;

	private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

	Commands(BotTexts texts) {
		this.texts = texts;
	}

	/** Whether the normalized text is one of the command's words, in either language. */
	public boolean is(String name, String text) {
		return wordsOf(name).contains(text.toLowerCase(Locale.ROOT));
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
