package tw.workshopbot.signup;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotAccount;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Action;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotTexts;

/**
 * A personal command typed in a group is answered with a way to the 1:1 chat, never with
 * a question: a group never hears anyone's personal data. The button is a link that opens
 * the chat with the command typed in (a postback in a group may come without the tapper's
 * user id).
 */
@Component
public class GroupRedirect {

	private final BotTexts texts;

	private final BotAccount account;

	GroupRedirect(BotTexts texts, BotAccount account) {
		this.texts = texts;
		this.account = account;
	}

	/**
	 * @param command the command as typed, e.g. 報名
	 */
	public List<BotMessage> to(String command) {
		return this.account.chatLinkTyping(command)
			.<List<BotMessage>>map((link) -> List.of(new Cards(this.texts.bilingual("signup.inGroup", command),
					List.of(new Card(null, List.of(this.texts.bilingual("signup.inGroup", command)), List.of(),
							List.of(new Choice(this.texts.zh("signup.inGroup.button", command),
									new Action.Open(link))))),
					List.of())))
			.orElseGet(() -> List.of(new BotMessage.Text(this.texts.bilingual("signup.inGroup.noLink", command))));
	}

}
