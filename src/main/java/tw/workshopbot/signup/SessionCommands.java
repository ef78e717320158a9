package tw.workshopbot.signup;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;

/**
 * 簽到 and 簽退 are recognised before any answer, so that typing one in the middle of a
 * sign-up is never taken as a name. Until the attendance feature answers them, the bot
 * says when they work. (直播連結 is answered by the broadcast feature.)
 */
@Component
@Order(90)
class SessionCommands implements TextCommand {

	private static final List<String> NAMES = List.of("checkIn", "checkOut");

	private final Commands commands;

	private final BotTexts texts;

	SessionCommands(Commands commands, BotTexts texts) {
		this.commands = commands;
		this.texts = texts;
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		if (NAMES.stream().noneMatch((name) -> this.commands.is(name, said.text()))) {
			return Optional.empty();
		}
		if (!said.inOneToOne()) {
			return Optional.of(List.of(new BotMessage.Text(this.texts.bilingual("session.inGroup"))));
		}
		return Optional.of(List.of(new BotMessage.Text(this.texts.say(said.locale(), "session.notYet"))));
	}

}
