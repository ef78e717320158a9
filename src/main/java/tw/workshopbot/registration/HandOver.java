package tw.workshopbot.registration;

import java.time.Instant;

/**
 * 換人參加: a registration given to a colleague keeps its number and place; the roster shows
 * who had it.
 *
 * @param fromName the previous holder's name; null once the card was erased
 */
public record HandOver(Instant at, String fromName) {
}
