package tw.workshopbot.broadcast;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Once-only notices of a workshop (a warning, a summary): the first instance to claim one
 * sends it. Markers expire long after anyone would send the notice again.
 */
@Component
class OnceMarkers {

	private static final Duration KEPT = Duration.ofDays(14);

	private final StringRedisTemplate redis;

	OnceMarkers(StringRedisTemplate redis) {
		this.redis = redis;
	}

	boolean firstTime(String workshopId, String what) {
		String key = "wb:workshop:{w:" + workshopId + "}:done:" + what;
		return Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(key, "1", KEPT));
	}

}
