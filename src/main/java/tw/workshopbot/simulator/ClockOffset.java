package tw.workshopbot.simulator;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The simulated clock's offset, in Redis with the rest of the rehearsal. */
final class ClockOffset {

	static final String KEY = SimulatorStore.PREFIX + "clock-offset";

	private final StringRedisTemplate redis;

	ClockOffset(StringRedisTemplate redis) {
		this.redis = redis;
	}

	Duration load() {
		String stored = this.redis.opsForValue().get(KEY);
		return (stored == null) ? Duration.ZERO : Duration.parse(stored);
	}

	void save(Duration offset) {
		this.redis.opsForValue().set(KEY, offset.toString());
	}

}
