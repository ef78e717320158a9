package tw.workshopbot.dialog;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import tw.workshopbot.attendance.Pending;
import tw.workshopbot.broadcast.AnnouncementDraft;
import tw.workshopbot.broadcast.PendingLink;
import tw.workshopbot.signup.Conversation;

/**
 * Where one person stands with the bot: one case per situation, stored whole under one
 * key. A short question (a check-in code, an announcement's text, which workshop a link
 * is for) is asked on top of a sign-up under way, which waits beneath it and goes on when
 * the question is answered, so that checking in halfway through a sign-up loses neither.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "in")
@JsonSubTypes({ @JsonSubTypes.Type(value = Dialog.Idle.class, name = "idle"),
		@JsonSubTypes.Type(value = Dialog.SigningUp.class, name = "signup"),
		@JsonSubTypes.Type(value = Dialog.Attending.class, name = "attendance"),
		@JsonSubTypes.Type(value = Dialog.Announcing.class, name = "announcement"),
		@JsonSubTypes.Type(value = Dialog.LinkWaiting.class, name = "streamLink") })
sealed interface Dialog {

	/**
	 * A sign-up kept this long past its expiry, to tell a returning person it expired.
	 */
	Duration SIGNUP_KEPT_AFTER_EXPIRY = Duration.ofDays(3);

	/**
	 * The sign-up under way (beneath a short question, if one is asked); null when none.
	 */
	Conversation signup();

	/** The same situation with this sign-up beneath (null: none). */
	Dialog withSignup(Conversation next);

	/** Nothing asked and no sign-up under way. */
	record Idle() implements Dialog {

		@Override
		public Conversation signup() {
			return null;
		}

		@Override
		public Dialog withSignup(Conversation next) {
			return of(next);
		}

	}

	record SigningUp(Conversation signup) implements Dialog {

		@Override
		public Dialog withSignup(Conversation next) {
			return of(next);
		}

	}

	/** A check-in or check-out waits for an answer (which workshop, the code, ...). */
	record Attending(Pending pending, Instant until, Conversation signup) implements Asked {

		@Override
		public Dialog withSignup(Conversation next) {
			return new Attending(this.pending, this.until, next);
		}

	}

	/** An organizer is writing an announcement. */
	record Announcing(AnnouncementDraft draft, Instant until, Conversation signup) implements Asked {

		@Override
		public Dialog withSignup(Conversation next) {
			return new Announcing(this.draft, this.until, next);
		}

	}

	/** A stream link waits for the tap that says whose it is. */
	record LinkWaiting(PendingLink link, Instant until, Conversation signup) implements Asked {

		@Override
		public Dialog withSignup(Conversation next) {
			return new LinkWaiting(this.link, this.until, next);
		}

	}

	/** A short question, asked until a moment. */
	sealed interface Asked extends Dialog {

		Instant until();

	}

	static Dialog of(Conversation signup) {
		return (signup != null) ? new SigningUp(signup) : new Idle();
	}

	/** What is left of it at this moment: a question past its time is gone. */
	default Dialog at(Instant now) {
		if (this instanceof Asked asked && !now.isBefore(asked.until())) {
			return of(signup());
		}
		return this;
	}

	/** Until when it is worth keeping; null for nothing to keep. */
	default Instant keptUntil() {
		Instant signupKept = (signup() != null) ? signup().expiresAt().plus(SIGNUP_KEPT_AFTER_EXPIRY) : null;
		if (this instanceof Asked asked && (signupKept == null || asked.until().isAfter(signupKept))) {
			return asked.until();
		}
		return signupKept;
	}

}
