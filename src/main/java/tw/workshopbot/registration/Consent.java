package tw.workshopbot.registration;

import java.time.Instant;

/**
 * A person's 同意 to the personal-data notice: when, and to which version of it. Kept with
 * the registration as the organizer's proof of the duty to inform.
 */
public record Consent(Instant at, String noticeVersion) {
}
