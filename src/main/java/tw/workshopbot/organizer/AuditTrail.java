package tw.workshopbot.organizer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who did what, and when: every organizer action, kept in a Redis stream. Entries name
 * people by LINE user id or {@code admin} and never hold personal data.
 */
@Component
public class AuditTrail {

	static final String KEY = "wb:audit";

	/** Enough for years of a city's workshops; older entries are trimmed. */
	private static final long KEPT = 100_000;

	private final StringRedisTemplate redis;

	private final Clock clock;

	AuditTrail(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	/** One entry as read back. */
	public record Entry(Instant at, String who, String action, String detail) {
	}

	public void record(String who, String action, String detail) {
		Map<String, String> fields = Map.of("at", this.clock.instant().toString(), "who", who, "action", action,
				"detail", (detail != null) ? detail : "");
		this.redis.opsForStream().add(StreamRecords.newRecord().in(KEY).ofMap(fields));
		this.redis.opsForStream().trim(KEY, KEPT, true);
	}

	/** The newest entries first. */
	public List<Entry> latest(int count) {
		List<MapRecord<String, Object, Object>> records = this.redis.opsForStream()
			.reverseRange(KEY, Range.unbounded(), Limit.limit().count(count));
		if (records == null) {
			return List.of();
		}
		return records.stream()
			.map((record) -> new Entry(Instant.parse(String.valueOf(record.getValue().get("at"))),
					String.valueOf(record.getValue().get("who")), String.valueOf(record.getValue().get("action")),
					String.valueOf(record.getValue().get("detail"))))
			.toList();
	}

}
