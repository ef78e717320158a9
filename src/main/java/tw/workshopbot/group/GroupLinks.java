package tw.workshopbot.group;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Which groups follow which workshops: a linked group gets the workshop's stream link,
 * announcements and reminders. Kept both ways, so that a leaving group is unlinked from
 * everything at once.
 */
@Component
public class GroupLinks {

	private final StringRedisTemplate redis;

	GroupLinks(StringRedisTemplate redis) {
		this.redis = redis;
	}

	static String groupsOf(String workshopId) {
		return "wb:workshop:{w:" + workshopId + "}:groups";
	}

	static String workshopsOf(String groupId) {
		return "wb:group:{" + groupId + "}:workshops";
	}

	/**
	 * @return whether the group was not linked to the workshop before
	 */
	public boolean link(String groupId, String workshopId) {
		this.redis.opsForSet().add(workshopsOf(groupId), workshopId);
		return Objects.requireNonNullElse(this.redis.opsForSet().add(groupsOf(workshopId), groupId), 0L) > 0;
	}

	/**
	 * @return whether the group was linked to the workshop
	 */
	public boolean unlink(String groupId, String workshopId) {
		this.redis.opsForSet().remove(workshopsOf(groupId), workshopId);
		return Objects.requireNonNullElse(this.redis.opsForSet().remove(groupsOf(workshopId), groupId), 0L) > 0;
	}

	/**
	 * @return the workshops the group was linked to
	 */
	public List<String> unlinkAll(String groupId) {
		List<String> workshops = workshops(groupId);
		workshops.forEach((workshopId) -> unlink(groupId, workshopId));
		return workshops;
	}

	public List<String> groups(String workshopId) {
		return sorted(this.redis.opsForSet().members(groupsOf(workshopId)));
	}

	public List<String> workshops(String groupId) {
		return sorted(this.redis.opsForSet().members(workshopsOf(groupId)));
	}

	private static List<String> sorted(Set<String> members) {
		return Objects.requireNonNullElse(members, Set.<String>of()).stream().sorted().toList();
	}

}
