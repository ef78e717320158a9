package tw.workshopbot.dialog;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.chat.ChatEvent.BotJoined;
import tw.workshopbot.chat.ChatEvent.BotLeft;
import tw.workshopbot.chat.ChatEvent.Followed;
import tw.workshopbot.chat.ChatEvent.OtherMessageReceived;
import tw.workshopbot.chat.ChatEvent.PostbackReceived;
import tw.workshopbot.chat.ChatEvent.TextReceived;
import tw.workshopbot.chat.ChatEvent.Unfollowed;
import tw.workshopbot.chat.ChatEventHandler;
import tw.workshopbot.chat.ChatRef;
import tw.workshopbot.chat.EventContext;
import tw.workshopbot.chat.Followers;
import tw.workshopbot.chat.Messenger;
import tw.workshopbot.chat.People;
import tw.workshopbot.chat.Said;
import tw.workshopbot.group.Groups;

/**
 * Decides who answers an event. Typed text and tapped buttons are turned against the
 * person's one dialog state ({@link DialogTurns}), read once and written once, only when
 * it changed. The bot never chats in groups on its own: a group keeps no dialog, hears an
 * introduction, and answers only to commands.
 */
@Component
class ChatRouter implements ChatEventHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

	private final Messenger messenger;

	private final BotTexts texts;

	private final Followers followers;

	private final Groups groups;

	private final DialogTurns turns;

	private final Dialogs dialogs;

	private final People people;

	private final Clock clock;

	ChatRouter(Messenger messenger, BotTexts texts, Followers followers, Groups groups, DialogTurns turns,
			Dialogs dialogs, People people, Clock clock) {
		this.messenger = messenger;
		this.texts = texts;
		this.followers = followers;
		this.groups = groups;
		this.turns = turns;
		this.dialogs = dialogs;
		this.people = people;
		this.clock = clock;
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

	/**
	 * One turn of the person's dialog; a group has none, and only commands speak there.
	 */
	private void answerCommand(Said said) {
		if (said.isUnreadableTap()) {
			this.messenger.answer(said.context(),
					List.of(new BotMessage.Text(this.texts.say(said.locale(), "chat.staleButton"))));
			return;
		}
		boolean personal = said.inOneToOne();
		Dialog before = personal ? this.dialogs.find(said.userId()).at(this.clock.instant()) : new Dialog.Idle();
		DialogTurns.Next next = this.turns.next(said, before);
		if (personal && !next.dialog().equals(before)) {
			this.dialogs.save(said.userId(), next.dialog());
		}
		if (!next.messages().isEmpty()) {
			this.messenger.answer(said.context(), next.messages());
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
