package tw.workshopbot.workshop;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;

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

	private final ScriptAnswers scripts;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Workshops read before, by their stored JSON: the sign-up conversation asks for all
	 * workshops on every answer, and parsing 29 offices each time cost more than reading
	 * them. Keyed by the JSON itself, so a change made by any instance is read anew.
	 */
	private final Map<String, Workshop> parsed = new ConcurrentHashMap<>();

	private static final int PARSED_KEPT = 256;

	Workshops(StringRedisTemplate redis, JsonMapper json, ScriptAnswers scripts) {
		this.scripts = scripts;
		this.redis = redis;
		this.json = json;
	}

	public static String key(String id) {
		return "wb:workshop:{w:" + id + "}";
	}

	/**
	 * The workshop's seat limit on its own: a number, or {@code none}; absent once the
	 * workshop is gone. The registration scripts read this, never the workshop's JSON.
	 */
	public static String seatsKey(String id) {
		return key(id) + ":seats";
	}

	/** The JSON and the seats together: KEYS json, seats; ARGV JSON, seats, NX or XX. */
	private static final RedisScript<String> STORE = ScriptAnswers.script("""
			if redis.call('SET', KEYS[1], ARGV[1], ARGV[3]) then
			  redis.call('SET', KEYS[2], ARGV[2])
			  return cjson.encode({stored = true})
			end
			return cjson.encode({stored = false})
			""");

	/**
	 * @param stored false when NX found it there, or XX did not
	 */
	record Stored(boolean stored) {
	}

	private boolean store(Workshop workshop, String condition) {
		return this.scripts
			.run(STORE, Stored.class, List.of(key(workshop.id()), seatsKey(workshop.id())),
					this.json.writeValueAsString(workshop), seats(workshop), condition)
			.stored();
	}

	private static String seats(Workshop workshop) {
		return (workshop.capacity() != null) ? workshop.capacity().toString() : "none";
	}

	/**
	 * Gives the workshops stored before their seats were kept apart their seats key, at
	 * start-up; one whose key exists keeps it.
	 */
	void storeSeats() {
		for (Workshop workshop : all()) {
			this.redis.opsForValue().setIfAbsent(seatsKey(workshop.id()), seats(workshop));
		}
	}

	/**
	 * Which id holds a workshop's id without letter case: W109 and w109 are one workshop,
	 * so that an id read out on the phone or typed in lower case finds it, and two
	 * workshops never differ by case alone.
	 */
	static String claimKey(String id) {
		return "wb:workshop-id:" + id.toLowerCase(Locale.ROOT);
	}

	/** By its id, in any letter case. */
	public Optional<Workshop> find(String id) {
		String stored = this.redis.opsForValue().get(key(id));
		if (stored == null) {
			String claimed = this.redis.opsForValue().get(claimKey(id));
			stored = (claimed != null && !claimed.equals(id)) ? this.redis.opsForValue().get(key(claimed)) : null;
		}
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

	/**
	 * Stores a new workshop; false when the id is taken, in any letter case (nothing is
	 * overwritten).
	 */
	public boolean insert(Workshop workshop) {
		if (!claim(workshop.id())) {
			return false;
		}
		boolean stored = store(workshop, "NX");
		// Indexed even when it existed: repairs an index entry a crash between the two
		// lost.
		this.redis.opsForSet().add(INDEX, workshop.id());
		return stored;
	}

	/**
	 * Claims the id's case-free form for this id; true when it is this id's already. The
	 * workshops stored before claims were kept are claimed at start-up
	 * ({@link #claimStoredIds()}).
	 */
	private boolean claim(String id) {
		String key = claimKey(id);
		return Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(key, id))
				|| id.equals(this.redis.opsForValue().get(key));
	}

	/**
	 * Claims the ids of the workshops already stored; of two that differ by case alone
	 * (stored before), the first claims and the other stays reachable by its exact id.
	 */
	void claimStoredIds() {
		Set<String> ids = this.redis.opsForSet().members(INDEX);
		if (ids != null) {
			ids.stream().sorted().forEach(this::claim);
		}
	}

	/** Replaces an existing workshop; false when there is none by that id. */
	public boolean replace(Workshop workshop) {
		return store(workshop, "XX");
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
