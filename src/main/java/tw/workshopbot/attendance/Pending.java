package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * A check-in or check-out the bot asked a question about, kept with the person's dialog
 * with its time of record: a button or the next message only answers the question, so
 * neither a slow reply nor tampered postback data changes when the person tapped.
 *
 * @param at the time of record: when the person tapped 簽到 or 簽退
 * @param workshopId the workshop asked about; null while asking which
 * @param codeGiven whether the right code was given already
 */
public record Pending(Question question, boolean checkIn, Instant at, String workshopId, boolean codeGiven) {

	/** How long a question waits for its answer. */
	public static final Duration KEPT = Duration.ofMinutes(10);

	/** What the bot asked. */
	public enum Question {

		/** Which of two running workshops. */
		WHICH,
		/** The code shown on the livestream. */
		CODE,
		/** Leave early without hours? */
		LEAVE_EARLY,
		/** The claim code or ID number of a registration made on paper. */
		CLAIM

	}

	Pending asking(Question next, String workshop) {
		return new Pending(next, this.checkIn, this.at, workshop, this.codeGiven);
	}

	Pending withCode() {
		return new Pending(this.question, this.checkIn, this.at, this.workshopId, true);
	}

}
