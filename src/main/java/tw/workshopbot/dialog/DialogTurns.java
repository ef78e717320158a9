package tw.workshopbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.Pending;
import tw.workshopbot.broadcast.AnnouncementDraft;
import tw.workshopbot.broadcast.PendingLink;
import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.Commanded;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.DialogFeature;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.dialog.Dialog.Announcing;
import tw.workshopbot.dialog.Dialog.Attending;
import tw.workshopbot.dialog.Dialog.LinkWaiting;
import tw.workshopbot.signup.Conversation;

/**
 * One message against the person's dialog: a global command goes to its feature, anything
 * else to the question the dialog leaves open, then to the sign-up beneath it. Each
 * feature is given its own part of the dialog and returns what it leaves open; this puts
 * the parts back together. Features do their own work (a check-in recorded, a
 * registration made); the dialog is stored by the caller, once.
 */
@Component
class DialogTurns {

	/** The dialog after a message, and the answer. */
	record Next(Dialog dialog, List<BotMessage> messages) {
	}

	private final DialogFeature<Conversation> signup;

	/** The features of short questions, each with its case of the dialog. */
	private final List<Aside<?>> asides;

	private final CommandTable table;

	private final Clock clock;

	DialogTurns(DialogFeature<Conversation> signup, DialogFeature<Pending> attendance,
			DialogFeature<AnnouncementDraft> announcements, DialogFeature<PendingLink> streamLinks,
			List<TextCommand> commands, Commands words, Clock clock) {
		this.signup = signup;
		this.asides = List.of(Aside.of(attendance, Attending.class, Attending::pending, Pending.KEPT, Attending::new),
				Aside.of(announcements, Announcing.class, Announcing::draft, AnnouncementDraft.KEPT, Announcing::new),
				Aside.of(streamLinks, LinkWaiting.class, LinkWaiting::link, PendingLink.KEPT, LinkWaiting::new));
		List<Commanded> all = new ArrayList<>(List.of(signup, attendance, announcements, streamLinks));
		all.addAll(commands);
		this.table = new CommandTable(all, words);
		this.clock = clock;
	}

	Next next(Said said, Dialog dialog) {
		Optional<Commanded> owner = this.table.ownerOf(said);
		if (owner.isEmpty()) {
			return answer(said, dialog);
		}
		Commanded feature = owner.get();
		if (feature == this.signup) {
			return beneath(dialog, this.signup.command(said, dialog.signup()));
		}
		for (Aside<?> aside : this.asides) {
			if (aside.feature() == feature) {
				return aside.command(said, dialog, askedAt(said));
			}
		}
		Answer answer = ((TextCommand) feature).answer(said);
		return new Next(answer.endsDialog() ? new Dialog.Idle() : dialog, answer.messages());
	}

	/** No global command: the open question, if this answers it, else the sign-up. */
	private Next answer(Said said, Dialog dialog) {
		for (Aside<?> aside : this.asides) {
			if (aside.type().isInstance(dialog)) {
				Optional<Next> answered = aside.answer(said, (Dialog.Asked) dialog, askedAt(said));
				if (answered.isPresent()) {
					return answered.get();
				}
			}
		}
		return this.signup.answer(said, dialog.signup())
			.map((handled) -> beneath(dialog, handled))
			.orElseGet(() -> new Next(dialog, List.of()));
	}

	/** The sign-up changed; whatever is asked on top of it stays. */
	private static Next beneath(Dialog dialog, Handled<Conversation> handled) {
		return new Next(dialog.withSignup(handled.open()), handled.messages());
	}

	/**
	 * A question lives from the later of now and the message it answers: the tap's time
	 * is the time of record, and its question may not be gone before it.
	 */
	private Instant askedAt(Said said) {
		Instant now = this.clock.instant();
		Instant tapped = said.context().occurredAt();
		return (tapped != null && tapped.isAfter(now)) ? tapped : now;
	}

	/**
	 * A feature of short questions and its case of the dialog.
	 *
	 * @param type the case that holds its question
	 * @param question its question, read from that case
	 * @param kept how long a question of it waits
	 * @param asking the case for a question it asks: the record's constructor
	 */
	private record Aside<S>(DialogFeature<S> feature, Class<? extends Dialog.Asked> type,
			Function<Dialog.Asked, S> question, Duration kept, Asking<S> asking) {

		static <S, C extends Dialog.Asked> Aside<S> of(DialogFeature<S> feature, Class<C> type, Function<C, S> question,
				Duration kept, Asking<S> asking) {
			return new Aside<>(feature, type, (asked) -> question.apply(type.cast(asked)), kept, asking);
		}

		Next command(Said said, Dialog dialog, Instant at) {
			S open = this.type.isInstance(dialog) ? this.question.apply((Dialog.Asked) dialog) : null;
			return next(dialog, this.feature.command(said, open), at);
		}

		Optional<Next> answer(Said said, Dialog.Asked dialog, Instant at) {
			return this.feature.answer(said, this.question.apply(dialog)).map((handled) -> next(dialog, handled, at));
		}

		/**
		 * What it asks now replaces whatever was asked (one short question at a time),
		 * for its time; when it asks nothing, its own question is closed and another
		 * feature's stays. The sign-up beneath is kept either way.
		 */
		private Next next(Dialog dialog, Handled<S> handled, Instant at) {
			Dialog next;
			if (handled.open() != null) {
				next = this.asking.of(handled.open(), at.plus(this.kept), dialog.signup());
			}
			else if (this.type.isInstance(dialog)) {
				next = Dialog.of(dialog.signup());
			}
			else {
				next = dialog;
			}
			return new Next(next, handled.messages());
		}

	}

	/** The dialog's case for a feature's question: its record's constructor. */
	@FunctionalInterface
	private interface Asking<S> {

		Dialog of(S question, Instant until, Conversation signup);

	}

}
