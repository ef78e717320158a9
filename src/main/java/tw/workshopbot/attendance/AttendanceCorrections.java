package tw.workshopbot.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.organizer.AuditTrail;

/**
 * An organizer's word on someone's attendance (the stream dropped, the phone died): kept
 * beside the check-ins, never replacing them, and the latest one decides the hours. Each
 * one is in the audit trail too.
 */
@Component
public class AttendanceCorrections {

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	AttendanceCorrections(StringRedisTemplate redis, JsonMapper json, AuditTrail audit, Clock clock) {
		this.redis = redis;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param wholeSession whether the person attended the whole session after all
	 */
	public record Correction(String registrationNo, Instant at, String by, boolean wholeSession, String reason) {
	}

	static String key(String workshopId) {
		return "wb:att:{w:" + workshopId + "}:corrections";
	}

	public Correction correct(String workshopId, String registrationNo, boolean wholeSession, String reason,
			String by) {
		Correction correction = new Correction(registrationNo, this.clock.instant(), by, wholeSession, reason);
		this.redis.opsForList().rightPush(key(workshopId), this.json.writeValueAsString(correction));
		this.audit.record(by, "attendance.correction",
				registrationNo + (wholeSession ? " whole session: " : " not whole session: ") + reason);
		return correction;
	}

	/** Every correction of the workshop by registration number, oldest first. */
	public Map<String, List<Correction>> all(String workshopId) {
		List<String> stored = this.redis.opsForList().range(key(workshopId), 0, -1);
		Map<String, List<Correction>> byNumber = new LinkedHashMap<>();
		if (stored != null) {
			stored.stream()
				.map((text) -> this.json.readValue(text, Correction.class))
				.forEach((correction) -> byNumber.computeIfAbsent(correction.registrationNo(), (n) -> new ArrayList<>())
					.add(correction));
		}
		return byNumber;
	}

}
