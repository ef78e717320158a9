package tw.workshopbot.chat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a feature answers wherever the person is in a conversation: its command words and
 * its buttons. The router builds one table from all of them (a word or a button claimed
 * twice stops start-up) and looks it up before the person's open question gets the
 * message.
 */
public interface Commanded {

	/**
	 * Its commands: names of {@code command.<name>} in the bundles, each a list of words
	 * matched exactly, in either language.
	 */
	Set<String> names();

	/**
	 * Commands whose word is followed by an argument of the given shape (認領 ABC234, 管理員
	 * 123456), by name. The whole argument must match: 「管理員」 alone, or followed by words,
	 * is someone's job title and stays an answer.
	 */
	default Map<String, Pattern> withArgument() {
		return Map.of();
	}

	/** The postback parameters its own buttons carry. */
	default Set<String> taps() {
		return Set.of();
	}

}
