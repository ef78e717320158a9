package tw.workshopbot.group;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups the bot has been in. Events of one group are handled one at a time (the
 * inbox serializes a chat), so a read-compare-write by event time is safe here.
 */
@Component
public class Groups {

	static final String INDEX = "wb:groups";

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final GroupDirectory directory;

	private final GroupLinks links;

	Groups(StringRedisTemplate redis, JsonMapper json, GroupDirectory directory, GroupLinks links) {
		this.redis = redis;
		this.json = json;
		this.directory = directory;
		this.links = links;
	}

	static String key(String groupId) {
		return "wb:group:{" + groupId + "}";
	}

	public void joined(String groupId, Instant at) {
		Optional<GroupRecord> known = find(groupId);
		if (known.isPresent() && known.get().changedAt().isAfter(at)) {
			return;
		}
		String name = this.directory.nameOf(groupId).orElse(known.map(GroupRecord::name).orElse(null));
		save(new GroupRecord(groupId, name, at, null, at));
	}

	public void left(String groupId, Instant at) {
		Optional<GroupRecord> known = find(groupId);
		if (known.isPresent() && known.get().changedAt().isAfter(at)) {
			return;
		}
		GroupRecord before = known.orElse(new GroupRecord(groupId, null, null, null, at));
		save(new GroupRecord(groupId, before.name(), before.joinedAt(), at, at));
		// A group the bot is no longer in cannot be sent anything.
		this.links.unlinkAll(groupId);
	}

	public Optional<GroupRecord> find(String groupId) {
		return Optional.ofNullable(this.redis.opsForValue().get(key(groupId)))
			.map((value) -> this.json.readValue(value, GroupRecord.class));
	}

	public List<GroupRecord> all() {
		Set<String> ids = Objects.requireNonNullElse(this.redis.opsForSet().members(INDEX), Set.of());
		return ids.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(GroupRecord::changedAt).reversed())
			.toList();
	}

	private void save(GroupRecord group) {
		this.redis.opsForValue().set(key(group.groupId()), this.json.writeValueAsString(group));
		this.redis.opsForSet().add(INDEX, group.groupId());
	}

}
