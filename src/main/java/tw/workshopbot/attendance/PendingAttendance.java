package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * A check-in or check-out the bot asked a question about, kept server-side with its time
 * of record: a button or the next message only answers the question, so neither a slow
 * reply nor tampered postback data changes when the person tapped.
 */
@Component
class PendingAttendance {

	private static final Duration KEPT = Duration.ofMinutes(10);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	PendingAttendance(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	/** What the bot asked. */
	enum Question {

		/** Which of two running workshops. */
		WHICH,
		/** The code shown on the livestream. */
		CODE,
		/** Leave early without hours? */
		LEAVE_EARLY,
		/** The claim code or ID number of a registration made on paper. */
		CLAIM

	}

	/**
	 * @param at the time of record: when the person tapped 簽到 or 簽退
	 * @param workshopId the workshop asked about; null while asking which
	 * @param codeGiven whether the right code was given already
	 */
	record Pending(Question question, boolean checkIn, Instant at, String workshopId, boolean codeGiven) {

		Pending asking(Question next, String workshop) {
			return new Pending(next, this.checkIn, this.at, workshop, this.codeGiven);
		}

		Pending withCode() {
			return new Pending(this.question, this.checkIn, this.at, this.workshopId, true);
		}

	}

	static String key(String userId) {
		return "wb:user:{" + userId + "}:attendance-pending";
	}

	void remember(String userId, Pending pending) {
		this.redis.opsForValue().set(key(userId), this.json.writeValueAsString(pending), KEPT);
	}

	Optional<Pending> peek(String userId) {
		return read(this.redis.opsForValue().get(key(userId)));
	}

	/** Takes the question off the table: one answer each. */
	Optional<Pending> take(String userId) {
		return read(this.redis.opsForValue().getAndDelete(key(userId)));
	}

	private Optional<Pending> read(String stored) {
		return Optional.ofNullable(stored).map((text) -> this.json.readValue(text, Pending.class));
	}

}
