package tw.workshopbot.dialog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tw.workshopbot.chat.Commanded;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;

/**
 * Every global command in one table: each word of the bundles' {@code command.*} entries
 * and each button parameter names the one feature that answers it, whatever the person is
 * in the middle of. A word or a button two features claim stops start-up.
 */
final class CommandTable {

	/** A command followed by an argument of its shape. */
	private record WithArgument(String name, Pattern shape, Commanded owner) {
	}

	private final Map<String, Commanded> byTap = new HashMap<>();

	private final Map<String, Commanded> byWord = new HashMap<>();

	private final List<WithArgument> withArgument = new ArrayList<>();

	private final Commands commands;

	CommandTable(List<? extends Commanded> features, Commands commands) {
		this.commands = commands;
		for (Commanded feature : features) {
			feature.taps().forEach((tap) -> claim(this.byTap, tap, feature));
			feature.names()
				.forEach((name) -> commands.words(name).forEach((word) -> claim(this.byWord, word, feature)));
			feature.withArgument()
				.forEach((name, shape) -> this.withArgument.add(new WithArgument(name, shape, feature)));
		}
	}

	private static void claim(Map<String, Commanded> table, String key, Commanded feature) {
		Commanded before = table.putIfAbsent(key, feature);
		if (before != null && before != feature) {
			throw new IllegalStateException("Both " + before.getClass().getSimpleName() + " and "
					+ feature.getClass().getSimpleName() + " claim the command '" + key + "'");
		}
	}

	/**
	 * The feature whose button was tapped (by its parameters, then by the text it stands
	 * for) or whose command was typed; empty when the message is none of them.
	 */
	Optional<Commanded> ownerOf(Said said) {
		for (String parameter : said.postback().keySet()) {
			Commanded owner = this.byTap.get(parameter);
			if (owner != null) {
				return Optional.of(owner);
			}
		}
		String text = said.text();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Commanded owner = this.byWord.get(text.toLowerCase(java.util.Locale.ROOT));
		if (owner != null) {
			return Optional.of(owner);
		}
		for (WithArgument command : this.withArgument) {
			boolean shaped = this.commands.argument(command.name(), text)
				.filter((argument) -> command.shape().matcher(argument).matches())
				.isPresent();
			if (shaped) {
				return Optional.of(command.owner());
			}
		}
		return Optional.empty();
	}

}
