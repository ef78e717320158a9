package tw.workshopbot.broadcast;

import java.time.Duration;

/**
 * An announcement an organizer is writing: the workshop picked, then its text, then who
 * gets it.
 *
 * @param text null while the bot waits for it
 */
public record AnnouncementDraft(String workshopId, String text) {

	/** How long a draft waits for its next step. */
	public static final Duration KEPT = Duration.ofMinutes(30);

}
