package tw.workshopbot.workshop;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The workshops, in Redis. Each lives under its own hash tag {@code {w:<id>}}, the one
 * its registrations will share so that one script can check both on a Redis Cluster.
 */
@Component
public class Workshops {

	static final String INDEX = "wb:workshops";

	private static final String ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Workshops read before, by their stored JSON: the sign-up conversation asks for all
	 * workshops on every answer, and parsing 29 offices each time cost more than reading
	 * them. Keyed by the JSON itself, so a change made by any instance is read anew.
	 */
	private final Map<String, Workshop> parsed = new ConcurrentHashMap<>();

	private static final int PARSED_KEPT = 256;

	Workshops(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	public static String key(String id) {
		return "wb:workshop:{w:" + id + "}";
	}

	public Optional<Workshop> find(String id) {
		String stored = this.redis.opsForValue().get(key(id));
		return Optional.ofNullable(stored).map(this::parse);
	}

	private Workshop parse(String stored) {
		Workshop known = this.parsed.get(stored);
		if (known != null) {
			return known;
		}
		if (this.parsed.size() >= PARSED_KEPT) {
			this.parsed.clear(); // changed workshops leave old forms behind; start over
		}
		Workshop workshop = this.json.readValue(stored, Workshop.class);
		this.parsed.put(stored, workshop);
		return workshop;
	}

	/** Earliest first. */
	public List<Workshop> all() {
		Set<String> ids = this.redis.opsForSet().members(INDEX);
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<String> keys = ids.stream().map(Workshops::key).toList();
		List<String> stored = this.redis.opsForValue().multiGet(keys);
		return (stored == null) ? List.of()
				: stored.stream()
					.filter(Objects::nonNull)
					.map(this::parse)
					.sorted(Comparator.comparing(Workshop::startsAt).thenComparing(Workshop::id))
					.toList();
	}

	/** Stores a new workshop; false when the id is taken (nothing is overwritten). */
	public boolean insert(Workshop workshop) {
		Boolean stored = this.redis.opsForValue()
			.setIfAbsent(key(workshop.id()), this.json.writeValueAsString(workshop));
		// Indexed even when it existed: repairs an index entry a crash between the two
		// lost.
		this.redis.opsForSet().add(INDEX, workshop.id());
		return Boolean.TRUE.equals(stored);
	}

	/** Replaces an existing workshop; false when there is none by that id. */
	public boolean replace(Workshop workshop) {
		Boolean stored = this.redis.opsForValue()
			.setIfPresent(key(workshop.id()), this.json.writeValueAsString(workshop));
		return Boolean.TRUE.equals(stored);
	}

	/** An unused id such as {@code W7KQ2F}: short enough to read out on the phone. */
	public String newId() {
		StringBuilder id = new StringBuilder("W");
		for (int i = 0; i < 5; i++) {
			id.append(ID_LETTERS.charAt(this.random.nextInt(ID_LETTERS.length())));
		}
		return id.toString();
	}

}
