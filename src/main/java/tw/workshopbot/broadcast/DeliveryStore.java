package tw.workshopbot.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;

/**
 * Deliveries in Redis. A delivery's keys share one hash tag, so the script that writes a
 * whole plan at once touches one Cluster slot.
 */
@Component
class DeliveryStore {

	static final String ACTIVE = "wb:deliveries:active";

	private static final String DELIVERY = "delivery";

	private static final String QUOTA_CHECKED = "quotaCheckedAt";

	private static final String FINISHED = "finishedAt";

	/** The whole plan or nothing: two instances planning the same delivery store one. */
	private static final RedisScript<String> CREATE = ScriptAnswers.script("""
			if redis.call('EXISTS', KEYS[1]) == 1 then return cjson.encode({created = false}) end
			redis.call('HSET', KEYS[1], 'delivery', ARGV[1])
			local n = tonumber(ARGV[2])
			for i = 0, n - 1 do
			  redis.call('HSET', KEYS[2], tostring(i), ARGV[4 + i])
			  redis.call('HSET', KEYS[3], tostring(i), ARGV[3])
			end
			return cjson.encode({created = true})
			""");

	/**
	 * @param created false when the delivery was planned before (here or elsewhere)
	 */
	record Created(boolean created) {
	}

	private static final RedisScript<String> LEASE = ScriptAnswers.script("""
			local holder = redis.call('GET', KEYS[1])
			if holder == false then
			  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
			  return cjson.encode({leased = true})
			end
			if holder == ARGV[1] then
			  redis.call('PEXPIRE', KEYS[1], ARGV[2])
			  return cjson.encode({leased = true})
			end
			return cjson.encode({leased = false})
			""");

	/**
	 * @param leased whether the holder has the delivery's lease now
	 */
	record Leased(boolean leased) {
	}

	private static final RedisScript<String> RELEASE = ScriptAnswers.script("""
			local ours = redis.call('GET', KEYS[1]) == ARGV[1]
			if ours then redis.call('DEL', KEYS[1]) end
			return cjson.encode({released = ours})
			""");

	/**
	 * @param released whether the lease was still the holder's to let go
	 */
	record Released(boolean released) {
	}

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	/** A plan never changes once stored, so each instance reads it once. */
	private final Cache<String, List<PlannedRequest>> plans = Caffeine.newBuilder()
		.maximumSize(200)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final ScriptAnswers scripts;

	DeliveryStore(StringRedisTemplate redis, JsonMapper json, ScriptAnswers scripts) {
		this.scripts = scripts;
		this.redis = redis;
		this.json = json;
	}

	static String key(String deliveryId) {
		return "wb:delivery:{" + deliveryId + "}";
	}

	private static String requestsKey(String deliveryId) {
		return key(deliveryId) + ":requests";
	}

	private static String attemptsKey(String deliveryId) {
		return key(deliveryId) + ":attempts";
	}

	private static String leaseKey(String deliveryId) {
		return key(deliveryId) + ":lease";
	}

	static String ofWorkshop(String workshopId) {
		return "wb:workshop:{w:" + workshopId + "}:deliveries";
	}

	/**
	 * @return false when the delivery was planned before (by this or another instance)
	 */
	boolean create(Delivery delivery, List<PlannedRequest> requests) {
		List<String> args = new ArrayList<>(requests.size() + 3);
		args.add(this.json.writeValueAsString(delivery));
		args.add(Integer.toString(requests.size()));
		args.add(this.json.writeValueAsString(Attempts.pending()));
		requests.forEach((request) -> args.add(this.json.writeValueAsString(request)));
		String id = delivery.id();
		boolean isNew = this.scripts
			.run(CREATE, Created.class, List.of(key(id), requestsKey(id), attemptsKey(id)), args.toArray(Object[]::new))
			.created();
		if (isNew) {
			// An id used before whose keys are gone (expired, or a test's flushed Redis)
			// must not be sent from the plan this instance remembers of it.
			this.plans.invalidate(id);
		}
		// Indexed after the script (other slots); repeated by whoever plans it again.
		this.redis.opsForZSet().add(ofWorkshop(delivery.workshopId()), id, delivery.createdAt().toEpochMilli());
		if (isNew || !isFinished(id)) {
			this.redis.opsForSet().add(ACTIVE, id);
		}
		return isNew;
	}

	boolean exists(String deliveryId) {
		return Boolean.TRUE.equals(this.redis.hasKey(key(deliveryId)));
	}

	Optional<Delivery> find(String deliveryId) {
		Object value = this.redis.opsForHash().get(key(deliveryId), DELIVERY);
		return Optional.ofNullable(value).map((text) -> this.json.readValue((String) text, Delivery.class));
	}

	List<String> ofWorkshopIds(String workshopId) {
		return List.copyOf(Objects.requireNonNullElse(this.redis.opsForZSet().range(ofWorkshop(workshopId), 0, -1),
				Set.<String>of()));
	}

	List<PlannedRequest> requests(String deliveryId) {
		return this.plans.get(deliveryId, (id) -> {
			Map<Object, Object> stored = this.redis.opsForHash().entries(requestsKey(id));
			return stored.values()
				.stream()
				.map((text) -> this.json.readValue((String) text, PlannedRequest.class))
				.sorted(Comparator.comparingInt(PlannedRequest::index))
				.toList();
		});
	}

	/** Each request's attempts, by index. */
	Map<Integer, Attempts> attempts(String deliveryId) {
		Map<Integer, Attempts> attempts = new TreeMap<>();
		this.redis.opsForHash()
			.entries(attemptsKey(deliveryId))
			.forEach((index, text) -> attempts.put(Integer.valueOf((String) index),
					this.json.readValue((String) text, Attempts.class)));
		return attempts;
	}

	void save(String deliveryId, int index, Attempts attempts) {
		this.redis.opsForHash()
			.put(attemptsKey(deliveryId), Integer.toString(index), this.json.writeValueAsString(attempts));
	}

	Set<String> active() {
		return Objects.requireNonNullElse(this.redis.opsForSet().members(ACTIVE), Set.of());
	}

	/**
	 * @return whether this call is the first to check the quota for the delivery
	 */
	boolean firstQuotaCheck(String deliveryId, Instant at) {
		return this.redis.opsForHash().putIfAbsent(key(deliveryId), QUOTA_CHECKED, at.toString());
	}

	/**
	 * Marks the delivery done and drops it from the active ones.
	 * @return whether this call finished it (and so reports it)
	 */
	boolean finish(String deliveryId, Instant at, Duration keepFor) {
		boolean first = this.redis.opsForHash().putIfAbsent(key(deliveryId), FINISHED, at.toString());
		this.redis.opsForSet().remove(ACTIVE, deliveryId);
		for (String key : List.of(key(deliveryId), requestsKey(deliveryId), attemptsKey(deliveryId))) {
			this.redis.expire(key, keepFor);
		}
		this.plans.invalidate(deliveryId);
		return first;
	}

	Optional<Instant> finishedAt(String deliveryId) {
		Object value = this.redis.opsForHash().get(key(deliveryId), FINISHED);
		return Optional.ofNullable(value).map((text) -> Instant.parse((String) text));
	}

	private boolean isFinished(String deliveryId) {
		return Boolean.TRUE.equals(this.redis.opsForHash().hasKey(key(deliveryId), FINISHED));
	}

	/**
	 * Takes or renews the right to send the delivery; another instance's stays its own.
	 */
	boolean lease(String deliveryId, String holder, Duration ttl) {
		return this.scripts
			.run(LEASE, Leased.class, List.of(leaseKey(deliveryId)), holder, Long.toString(ttl.toMillis()))
			.leased();
	}

	void release(String deliveryId, String holder) {
		this.scripts.run(RELEASE, Released.class, List.of(leaseKey(deliveryId)), holder);
	}

}
