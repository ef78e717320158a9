package tw.workshopbot.chat;

import java.util.List;
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
 * Decides who answers an event. The sign-up conversation, organizers' commands and
 * attendance arrive in later features; until then a person who writes in the 1:1 chat is
 * told sign-up opens soon. The bot never chats in groups on its own: a group only hears
 * an introduction.
 */
@Component
class ChatRouter implements ChatEventHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

	private final Messenger messenger;

	private final BotTexts texts;

	private final Followers followers;

	private final Groups groups;

	private final List<TextCommand> commands;

	ChatRouter(Messenger messenger, BotTexts texts, Followers followers, Groups groups, List<TextCommand> commands) {
		this.messenger = messenger;
		this.texts = texts;
		this.followers = followers;
		this.groups = groups;
		this.commands = commands;
	}

	@Override
	public void handle(ChatEvent event) {
		EventContext context = event.context();
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
		else if (event instanceof TextReceived text) {
			if (!answeredAsCommand(context, text.text())) {
				answerInOneToOne(context, "signup.comingSoon");
			}
		}
		else if (event instanceof PostbackReceived) {
			answerInOneToOne(context, "signup.comingSoon");
		}
		else if (event instanceof OtherMessageReceived) {
			answerInOneToOne(context, "chat.textOnly");
		}
		else {
			log.debug("No action for {} in a {} chat", event.getClass().getSimpleName(), context.chat().kind());
		}
	}

	private boolean answeredAsCommand(EventContext context, String text) {
		for (TextCommand command : this.commands) {
			Optional<List<BotMessage>> answer = command.answer(context, text);
			if (answer.isPresent()) {
				this.messenger.answer(context, answer.get());
				return true;
			}
		}
		return false;
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
