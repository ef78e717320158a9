package tw.workshopbot.organizer;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The organizers who look after a workshop: those who linked a group to it, set its
 * stream link or announced something for it. Until someone has, every organizer does.
 * They are the ones told how deliveries went and what is missing.
 */
@Component
public class WorkshopOrganizers {

	private final StringRedisTemplate redis;

	private final Organizers organizers;

	WorkshopOrganizers(StringRedisTemplate redis, Organizers organizers) {
		this.redis = redis;
		this.organizers = organizers;
	}

	static String key(String workshopId) {
		return "wb:{organizers}:workshop:" + workshopId;
	}

	/**
	 * @param userId the LINE user who acted in chat
	 */
	public void follow(String workshopId, String userId) {
		this.redis.opsForSet().add(key(workshopId), userId);
	}

	public List<String> of(String workshopId) {
		Set<String> following = Objects.requireNonNullElse(this.redis.opsForSet().members(key(workshopId)), Set.of());
		List<String> all = this.organizers.all().stream().map(Organizers.Organizer::userId).toList();
		List<String> still = all.stream().filter(following::contains).toList();
		return still.isEmpty() ? all : still;
	}

}
