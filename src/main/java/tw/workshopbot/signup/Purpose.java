package tw.workshopbot.signup;

import java.time.Instant;

import tw.workshopbot.workshop.Workshop;

/** Whose form is filled in, and to what end. */
enum Purpose {

	/** The person's own new registration. */
	SELF,

	/** A colleague's, entered by the sender: no ID number or birth date is asked. */
	COLLEAGUE,

	/** Changes to the sender's existing registration. */
	EDIT,

	/** 換人參加: the sender's registration given to a colleague, whose form they fill in. */
	HAND_OVER,

	/**
	 * A registration someone else entered for the sender, just claimed: the notice first,
	 * then the ID number and birth date if hours are needed, then the whole form to
	 * check.
	 */
	COMPLETE;

	/** A person's ID number and birth date are typed by that person only. */
	boolean asksIdentity() {
		return this != COLLEAGUE && this != HAND_OVER;
	}

	/**
	 * Whether a conversation of this purpose can still end in a registration: a new one
	 * or changes until sign-up closes, a hand-over until the workshop starts, a claimed
	 * one completed until it ends (the ID number still counts for the hours).
	 */
	boolean possibleFor(Workshop workshop, Instant now) {
		return switch (this) {
			case HAND_OVER -> now.isBefore(workshop.startsAt());
			case COMPLETE -> !workshop.hasEnded(now);
			default -> now.isBefore(workshop.registrationClosesAt());
		};
	}

	boolean forSomeoneElse() {
		return !asksIdentity();
	}

	/**
	 * Works on a registration that exists: 取消 drops the changes, not the registration.
	 */
	boolean changesRegistration() {
		return this == EDIT || this == COMPLETE;
	}

}
