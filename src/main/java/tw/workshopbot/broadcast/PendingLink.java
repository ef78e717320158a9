package tw.workshopbot.broadcast;

import java.time.Duration;

/**
 * A stream link an organizer posted while several workshops are open: it waits for the
 * tap that says whose it is.
 */
public record PendingLink(String url) {

	/** How long it waits for that tap. */
	public static final Duration KEPT = Duration.ofMinutes(10);

}
