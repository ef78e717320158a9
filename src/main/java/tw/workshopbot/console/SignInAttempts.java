package tw.workshopbot.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per address: {@link ConsoleProperties#failuresAllowed()} within the
 * window lock the address out for {@link ConsoleProperties#lockedFor()} from the last of
 * them. The failures are kept as instants and judged by the service's clock.
 */
@Component
class SignInAttempts {

	private final StringRedisTemplate redis;

	private final ConsoleProperties properties;

	private final Clock clock;

	SignInAttempts(StringRedisTemplate redis, ConsoleProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	boolean lockedOut(String address) {
		Instant now = this.clock.instant();
		Set<String> recent = this.redis.opsForZSet()
			.rangeByScore(key(address),
					now.minus(this.properties.failureWindow().plus(this.properties.lockedFor())).toEpochMilli(),
					now.toEpochMilli());
		if (recent == null || recent.size() < this.properties.failuresAllowed()) {
			return false;
		}
		// Locked when some run of the allowed number of failures fell within the window
		// and its last is less than the lock's length ago.
		long[] at = recent.stream().mapToLong((member) -> Long.parseLong(member.split(":")[0])).sorted().toArray();
		int n = this.properties.failuresAllowed();
		for (int last = at.length - 1; last >= n - 1; last--) {
			boolean inWindow = at[last] - at[last - n + 1] <= this.properties.failureWindow().toMillis();
			if (inWindow && now.toEpochMilli() - at[last] < this.properties.lockedFor().toMillis()) {
				return true;
			}
		}
		return false;
	}

	void failed(String address) {
		long now = this.clock.millis();
		String key = key(address);
		this.redis.opsForZSet().add(key, now + ":" + java.util.UUID.randomUUID(), now);
		this.redis.opsForZSet()
			.removeRangeByScore(key, 0,
					now - this.properties.failureWindow().plus(this.properties.lockedFor()).toMillis());
		this.redis.expire(key, this.properties.failureWindow().plus(this.properties.lockedFor()).multipliedBy(2));
	}

	private static String key(String address) {
		return "wb:console:failures:" + address;
	}

}
