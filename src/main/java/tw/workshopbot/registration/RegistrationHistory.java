package tw.workshopbot.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What happened to each registration, oldest first: created, claimed, changed, handed
 * over, promoted, cancelled, erased. Entries name a role (the person, a colleague, an
 * organizer), never a person, and hold no answers of the form, so they outlive an erasure
 * as the anonymous record does.
 */
@Component
public class RegistrationHistory {

	private final StringRedisTemplate redis;

	private final Clock clock;

	RegistrationHistory(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	/**
	 * @param what created, claimed, changed, completed, handed-over, promoted, cancelled
	 * or erased
	 * @param detail a role or a status; empty when there is nothing to add
	 */
	public record Event(Instant at, String what, String detail) {
	}

	static String key(String workshopId, String registrationNo) {
		return "wb:reg:{w:" + workshopId + "}:history:" + registrationNo;
	}

	void add(String workshopId, String registrationNo, String what, String detail) {
		this.redis.opsForList().rightPush(key(workshopId, registrationNo), line(what, detail));
	}

	/** One event each, in one round trip: a batch of 1,000 paper forms is one call. */
	void addAll(String workshopId, List<String> registrationNos, String what, List<String> details) {
		if (registrationNos.isEmpty()) {
			return;
		}
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (int i = 0; i < registrationNos.size(); i++) {
				connection.listCommands()
					.rPush(key(workshopId, registrationNos.get(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
							line(what, details.get(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return null;
		});
	}

	public List<Event> of(String workshopId, String registrationNo) {
		List<String> lines = this.redis.opsForList().range(key(workshopId, registrationNo), 0, -1);
		if (lines == null) {
			return List.of();
		}
		return lines.stream().map((line) -> {
			String[] parts = line.split("\\|", 3);
			return new Event(Instant.parse(parts[0]), parts[1], (parts.length > 2) ? parts[2] : "");
		}).toList();
	}

	private String line(String what, String detail) {
		return this.clock.instant() + "|" + what + "|" + ((detail != null) ? detail : "");
	}

	/** Who entered a registration, as a role. */
	static String role(String enteredBy) {
		if (Registration.SELF.equals(enteredBy)) {
			return "self";
		}
		return Registration.ADMIN.equals(enteredBy) ? "organizer" : "colleague";
	}

}
