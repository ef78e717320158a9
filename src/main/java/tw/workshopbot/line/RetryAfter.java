package tw.workshopbot.line;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * LINE's {@code Retry-After}: delta-seconds or an HTTP date (RFC 9110 §10.2.3). What
 * cannot be read is ignored, and the caller's own back-off applies.
 */
final class RetryAfter {

	/** A server asking for longer than this is taken to mean "not soon". */
	static final Duration AT_MOST = Duration.ofHours(1);

	private RetryAfter() {
	}

	/** The pause asked for, or null when there is none or it cannot be read. */
	static Duration parse(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.trim();
		Duration pause;
		if (value.chars().allMatch(Character::isDigit)) {
			if (value.length() > 7) {
				return AT_MOST;
			}
			pause = Duration.ofSeconds(Long.parseLong(value));
		}
		else {
			try {
				pause = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		if (pause.isNegative()) {
			return Duration.ZERO;
		}
		return pause.compareTo(AT_MOST) > 0 ? AT_MOST : pause;
	}

}
