package tw.workshopbot.console;

import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Action;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.organizer.OrganizerGate;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.setup.LocalMode;

/**
 * {@code 後台} (console): an organizer gets a card whose button signs them in to the
 * console, once, within {@link ConsoleProperties#linkValidFor()}. In a group the answer
 * points to the 1:1 chat; a link is never posted where others can tap it.
 */
@Component
class ConsoleChat implements TextCommand {

	private final OrganizerGate gate;

	private final SignInLinks links;

	private final BotTexts texts;

	private final ConsoleProperties properties;

	private final AppProperties app;

	private final Environment environment;

	ConsoleChat(OrganizerGate gate, SignInLinks links, BotTexts texts, ConsoleProperties properties, AppProperties app,
			Environment environment) {
		this.gate = gate;
		this.links = links;
		this.texts = texts;
		this.properties = properties;
		this.app = app;
		this.environment = environment;
	}

	@Override
	public Set<String> names() {
		return Set.of("console");
	}

	@Override
	public Answer answer(Said said) {
		Optional<List<BotMessage>> refusal = this.gate.refusalInOneToOne(said);
		if (refusal.isPresent()) {
			return Answer.of(refusal.get());
		}
		Optional<String> base = base();
		if (base.isEmpty()) {
			return Answer.of(List.of(new Text(this.texts.say(said.locale(), "console.noPublicUrl"))));
		}
		String link = base.get() + "/console/sign-in/link?t=" + this.links.issue(said.userId());
		long minutes = this.properties.linkValidFor().toMinutes();
		Card card = new Card(this.texts.in(said.locale(), "console.link.title"),
				List.of(this.texts.say(said.locale(), "console.link.text", minutes)), List.of(),
				List.of(new Choice(this.texts.in(said.locale(), "console.link.button"), new Action.Open(link))));
		return Answer
			.of(List.of(new Cards(this.texts.in(said.locale(), "console.link.title"), List.of(card), List.of())));
	}

	/**
	 * PUBLIC_BASE_URL; in local mode (the simulator's too) without one, the service's own
	 * address, which only this machine's browser reaches.
	 */
	private Optional<String> base() {
		Optional<String> configured = this.app.publicRoot();
		if (configured.isPresent() || !LocalMode.isOn(this.environment)) {
			return configured;
		}
		return Optional.of("http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080")));
	}

}
