package tw.workshopbot.broadcast;

import java.time.Instant;

/**
 * A workshop's livestream link.
 *
 * @param version counts the changes: each version is delivered once
 */
public record StreamLink(String workshopId, String url, int version, Instant setAt, String setBy) {
}
