package tw.workshopbot.chat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a user can be reached by push: false after they block the bot, true again when
 * they unblock it. Later features skip unreachable users instead of spending quota on
 * them.
 */
@Component
public class Followers {

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	Followers(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	/**
	 * @param changedAt the event time: an older event (redelivered late) never undoes a
	 * newer one
	 */
	public record Reachability(boolean reachable, Instant changedAt) {
	}

	static final String BLOCKED = "wb:users:blocked";

	static String key(String userId) {
		return "wb:user:{" + userId + "}:reachability";
	}

	public void mark(String userId, boolean reachable, Instant at) {
		Optional<Reachability> known = find(userId);
		if (known.isPresent() && known.get().changedAt().isAfter(at)) {
			return;
		}
		this.redis.opsForValue().set(key(userId), this.json.writeValueAsString(new Reachability(reachable, at)));
		if (reachable) {
			this.redis.opsForSet().remove(BLOCKED, userId);
		}
		else {
			this.redis.opsForSet().add(BLOCKED, userId);
		}
	}

	/** Everyone who has blocked the bot: one read for a delivery to thousands. */
	public Set<String> blocked() {
		return Objects.requireNonNullElse(this.redis.opsForSet().members(BLOCKED), Set.of());
	}

	public Optional<Reachability> find(String userId) {
		return Optional.ofNullable(this.redis.opsForValue().get(key(userId)))
			.map((value) -> this.json.readValue(value, Reachability.class));
	}

}
