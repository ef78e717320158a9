package tw.workshopbot.chat;

import java.util.Optional;

/**
 * A feature that asks the person something and waits for the answer (the sign-up, the
 * check-in code, an announcement's text). It keeps no state itself: it is given what it
 * left open last time and returns what it leaves open now, and the router keeps that as
 * part of the person's one dialog state.
 *
 * @param <S> what the feature leaves open
 */
public interface DialogFeature<S> extends Commanded {

	/**
	 * One of its commands or buttons.
	 * @param open what it left open with this person; null when nothing (always in a
	 * group)
	 */
	Handled<S> command(Said said, S open);

	/**
	 * A message that is none of the global commands while its question is open; empty
	 * when the message does not answer it (it is then left for what lies beneath).
	 */
	Optional<Handled<S>> answer(Said said, S open);

}
