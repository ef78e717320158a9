package tw.workshopbot.broadcast;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What a workshop's rounds have looked into once (whether offices are missing before a
 * deadline), marked after looking: a crash in between looks again, and the notice's own
 * id keeps a second look from telling twice. Markers expire long after anyone would look
 * again.
 */
@Component
class OnceMarkers {

	private static final Duration KEPT = Duration.ofDays(14);

	private final StringRedisTemplate redis;

	OnceMarkers(StringRedisTemplate redis) {
		this.redis = redis;
	}

	boolean done(String workshopId, String what) {
		return Boolean.TRUE.equals(this.redis.hasKey(key(workshopId, what)));
	}

	void mark(String workshopId, String what) {
		this.redis.opsForValue().set(key(workshopId, what), "1", KEPT);
	}

	private static String key(String workshopId, String what) {
		return "wb:workshop:{w:" + workshopId + "}:done:" + what;
	}

}
