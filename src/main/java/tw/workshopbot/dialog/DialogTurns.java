package tw.workshopbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

	private final DialogFeature<Pending> attendance;

	private final DialogFeature<AnnouncementDraft> announcements;

	private final DialogFeature<PendingLink> streamLinks;

	private final CommandTable table;

	private final Clock clock;

	DialogTurns(DialogFeature<Conversation> signup, DialogFeature<Pending> attendance,
			DialogFeature<AnnouncementDraft> announcements, DialogFeature<PendingLink> streamLinks,
			List<TextCommand> commands, Commands words, Clock clock) {
		this.signup = signup;
		this.attendance = attendance;
		this.announcements = announcements;
		this.streamLinks = streamLinks;
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
		if (feature == this.attendance) {
			Pending open = (dialog instanceof Attending attending) ? attending.pending() : null;
			return asked(said, dialog, Attending.class, this.attendance.command(said, open), Pending.KEPT,
					Attending::new);
		}
		if (feature == this.announcements) {
			AnnouncementDraft open = (dialog instanceof Announcing announcing) ? announcing.draft() : null;
			return asked(said, dialog, Announcing.class, this.announcements.command(said, open), AnnouncementDraft.KEPT,
					Announcing::new);
		}
		if (feature == this.streamLinks) {
			PendingLink open = (dialog instanceof LinkWaiting waiting) ? waiting.link() : null;
			return asked(said, dialog, LinkWaiting.class, this.streamLinks.command(said, open), PendingLink.KEPT,
					LinkWaiting::new);
		}
		Answer answer = ((TextCommand) feature).answer(said);
		return new Next(answer.endsDialog() ? new Dialog.Idle() : dialog, answer.messages());
	}

	/** No global command: the open question, if this answers it, else the sign-up. */
	private Next answer(Said said, Dialog dialog) {
		Optional<Next> answered = Optional.empty();
		if (dialog instanceof Attending attending) {
			answered = this.attendance.answer(said, attending.pending())
				.map((handled) -> asked(said, dialog, Attending.class, handled, Pending.KEPT, Attending::new));
		}
		else if (dialog instanceof Announcing announcing) {
			answered = this.announcements.answer(said, announcing.draft())
				.map((handled) -> asked(said, dialog, Announcing.class, handled, AnnouncementDraft.KEPT,
						Announcing::new));
		}
		else if (dialog instanceof LinkWaiting waiting) {
			answered = this.streamLinks.answer(said, waiting.link())
				.map((handled) -> asked(said, dialog, LinkWaiting.class, handled, PendingLink.KEPT, LinkWaiting::new));
		}
		return answered.orElseGet(() -> this.signup.answer(said, dialog.signup())
			.map((handled) -> beneath(dialog, handled))
			.orElseGet(() -> new Next(dialog, List.of())));
	}

	/** The sign-up changed; whatever is asked on top of it stays. */
	private static Next beneath(Dialog dialog, Handled<Conversation> handled) {
		return new Next(dialog.withSignup(handled.open()), handled.messages());
	}

	/**
	 * A feature of short questions answered. What it asks now replaces whatever was asked
	 * (one short question at a time), for its time; when it asks nothing, its own
	 * question is closed and another feature's stays. The sign-up beneath is kept either
	 * way.
	 * @param asking the case for what it asks
	 */
	private <S> Next asked(Said said, Dialog dialog, Class<? extends Dialog.Asked> own, Handled<S> handled,
			Duration kept, Asking<S> asking) {
		Dialog next;
		if (handled.open() != null) {
			next = asking.of(handled.open(), askedAt(said).plus(kept), dialog.signup());
		}
		else if (own.isInstance(dialog)) {
			next = Dialog.of(dialog.signup());
		}
		else {
			next = dialog;
		}
		return new Next(next, handled.messages());
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

	/** The dialog's case for a feature's question: its record's constructor. */
	@FunctionalInterface
	private interface Asking<S> {

		Dialog of(S question, Instant until, Conversation signup);

	}

}
