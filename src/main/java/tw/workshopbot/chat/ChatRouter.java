package tw.workshopbot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.ChatEvent.BotJoined;
import tw.workshopbot.chat.ChatEvent.BotLeft;
import tw.workshopbot.chat.ChatEvent.Followed;
import tw.workshopbot.chat.ChatEvent.OtherMessageReceived;
import tw.workshopbot.chat.ChatEvent.PostbackReceived;
import tw.workshopbot.chat.ChatEvent.TextReceived;
import tw.workshopbot.chat.ChatEvent.Unfollowed;
import tw.workshopbot.group.Groups;

/**
 * Decides who answers an event. Typed text and tapped buttons go to the features'
 * commands in order (the sign-up conversation last, as it takes any text as an answer).
 * The bot never chats in groups on its own: a group hears an introduction, and answers
 * only to commands.
 */
@Component
class ChatRouter implements ChatEventHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

	private final Messenger messenger;

	private final BotTexts texts;

	private final Followers followers;

	private final Groups groups;

	private final List<TextCommand> commands;

	private final People people;

	ChatRouter(Messenger messenger, BotTexts texts, Followers followers, Groups groups, List<TextCommand> commands,
			People people) {
		this.messenger = messenger;
		this.texts = texts;
		this.followers = followers;
		this.groups = groups;
		this.commands = commands;
		this.people = people;
	}

	@Override
	public void handle(ChatEvent event) {
		EventContext context = event.context();
		if (this.messenger.resume(context)) {
			return;
		}
		if (event instanceof Followed) {
			markReachable(context, true);
			answer(context, "greeting.follow");
		}
		else if (event instanceof Unfollowed) {
			markReachable(context, false);
		}
		else if (event instanceof BotJoined) {
			if (context.chat().kind() == ChatRef.Kind.GROUP) {
				this.groups.joined(context.chat().id(), context.occurredAt());
			}
			answer(context, "greeting.join");
		}
		else if (event instanceof BotLeft) {
			if (context.chat().kind() == ChatRef.Kind.GROUP) {
				this.groups.left(context.chat().id(), context.occurredAt());
			}
		}
		else if (context.standby() && (event instanceof TextReceived || event instanceof PostbackReceived)) {
			log.debug("Standby: another channel answers this chat, and its conversations stay as they are");
		}
		else if (event instanceof TextReceived text) {
			answerCommand(Said.typed(context, text.text(), languageOf(context)));
		}
		else if (event instanceof PostbackReceived postback) {
			answerCommand(Said.tapped(context, postback.data(), languageOf(context)));
		}
		else if (event instanceof OtherMessageReceived) {
			answerInOneToOne(context, "chat.textOnly");
		}
		else {
			log.debug("No action for {} in a {} chat", event.getClass().getSimpleName(), context.chat().kind());
		}
	}

	/** The first command that takes it answers; what none takes is left unanswered. */
	private void answerCommand(Said said) {
		if (said.isUnreadableTap()) {
			this.messenger.answer(said.context(),
					List.of(new BotMessage.Text(this.texts.say(said.locale(), "chat.staleButton"))));
			return;
		}
		for (TextCommand command : this.commands) {
			Optional<List<BotMessage>> answer = command.answer(said);
			if (answer.isPresent()) {
				if (!answer.get().isEmpty()) {
					this.messenger.answer(said.context(), answer.get());
				}
				return;
			}
		}
	}

	/** Groups read the default: one message there serves people of either language. */
	private Locale languageOf(EventContext context) {
		return (context.chat().isOneToOne() && context.hasUserId()) ? this.people.languageOf(context.userId())
				: BotTexts.ZH_TW;
	}

	private void markReachable(EventContext context, boolean reachable) {
		if (context.hasUserId()) {
			this.followers.mark(context.userId(), reachable, context.occurredAt());
		}
	}

	private void answerInOneToOne(EventContext context, String key) {
		if (context.chat().isOneToOne()) {
			answer(context, key);
		}
	}

	private void answer(EventContext context, String key) {
		this.messenger.answer(context, List.of(new BotMessage.Text(this.texts.bilingual(key))));
	}

}
