package tw.workshopbot.broadcast;

import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotAccount;
import tw.workshopbot.chat.BotMessage.Action;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;

/**
 * Buttons for messages to groups that open the person's 1:1 chat with a command typed in:
 * what is personal is answered there, never in the group.
 */
@Component
class ChatButtons {

	private final BotAccount account;

	private final Commands commands;

	private final BotTexts texts;

	ChatButtons(BotAccount account, Commands commands, BotTexts texts) {
		this.account = account;
		this.commands = commands;
		this.texts = texts;
	}

	/** Empty while the bot's account (its basic id) is unknown. */
	Optional<Choice> typing(String command, String labelKey) {
		return this.account.chatLinkTyping(this.commands.label(command, BotTexts.ZH_TW))
			.map((chat) -> new Choice(this.texts.oneLine(labelKey), new Action.Open(chat)));
	}

}
