package tw.workshopbot.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.chat.EventContext;
import tw.workshopbot.scripts.ScriptAnswers;

/**
 * Each chat's events in Redis, in the order they were acknowledged, and a per-shard index
 * of the chats that have events waiting. Every step is one script on one shard's keys, so
 * there is no moment in which an event is stored but not indexed, or a chat settled while
 * an event arrives. Redis errors escape as Spring's {@code DataAccessException}.
 */
@Component
public class Inbox {

	public enum Appended {

		@JsonProperty("new")
		NEW, @JsonProperty("duplicate")
		DUPLICATE,
		/**
		 * Redis ran the script after the webhook had given up waiting and told the person
		 * the system was busy: nothing was stored, so the retry they were asked for is
		 * the one that counts.
		 */
		@JsonProperty("too-late")
		TOO_LATE

	}

	/**
	 * KEYS: seen marker (or the events list again when there is no id), events, pending.
	 * ARGV[5]: the last millisecond, by Redis's own clock, at which the event may still
	 * be taken.
	 */
	private static final RedisScript<String> APPEND = ScriptAnswers.script("""
			local now = redis.call('TIME')
			if tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) > tonumber(ARGV[5]) then
			  return cjson.encode({appended = 'too-late'})
			end
			if KEYS[1] ~= KEYS[2] and not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
			  return cjson.encode({appended = 'duplicate'})
			end
			redis.call('RPUSH', KEYS[2], ARGV[1])
			redis.call('ZADD', KEYS[3], 'NX', ARGV[3], ARGV[4])
			return cjson.encode({appended = 'new'})
			""");

	record AppendAnswer(Appended appended) {
	}

	/**
	 * KEYS: lease, events. Takes the lease (or keeps it, if ours) and returns the first
	 * events.
	 */
	private static final RedisScript<String> CLAIM = ScriptAnswers.script("""
			local holder = redis.call('GET', KEYS[1])
			if holder and holder ~= ARGV[1] then
			  return cjson.encode({held = false})
			end
			redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
			local events = redis.call('LRANGE', KEYS[2], 0, tonumber(ARGV[3]) - 1)
			if #events == 0 then
			  return cjson.encode({held = true})
			end
			return cjson.encode({held = true, events = events})
			""");

	/**
	 * @param held whether the lease is ours
	 * @param events the first events (null when none: cjson writes an empty list as an
	 * object)
	 */
	record Claimed(boolean held, List<String> events) {
	}

	/**
	 * KEYS: lease, events, pending. Removes the handled head; when the chat is empty it
	 * leaves the index and the lease is released. Returns the events left, or -1 when the
	 * lease was lost.
	 */
	private static final RedisScript<String> ACKNOWLEDGE = ScriptAnswers.script("""
			if redis.call('GET', KEYS[1]) ~= ARGV[1] then
			  return cjson.encode({leaseLost = true})
			end
			redis.call('LPOP', KEYS[2])
			local left = redis.call('LLEN', KEYS[2])
			if left == 0 then
			  redis.call('ZREM', KEYS[3], ARGV[3])
			  redis.call('DEL', KEYS[1])
			else
			  redis.call('PEXPIRE', KEYS[1], ARGV[2])
			end
			return cjson.encode({left = left})
			""");

	record Acknowledged(boolean leaseLost, long left) {
	}

	/**
	 * KEYS: lease, events, pending. Lets go of a chat; an empty one also leaves the
	 * index.
	 */
	private static final RedisScript<String> RELEASE = ScriptAnswers.script("""
			local released = redis.call('GET', KEYS[1]) == ARGV[1]
			if released then
			  redis.call('DEL', KEYS[1])
			end
			if redis.call('LLEN', KEYS[2]) == 0 then
			  redis.call('ZREM', KEYS[3], ARGV[2])
			end
			return cjson.encode({released = released})
			""");

	/**
	 * @param released whether the lease was still ours to let go
	 */
	record Released(boolean released) {
	}

	private static final Duration DEAD_LETTERS_KEPT = Duration.ofDays(7);

	private final StringRedisTemplate redis;

	private final ScriptAnswers scripts;

	private final InboxCodec codec;

	private final InboxProperties properties;

	private final Clock clock;

	Inbox(StringRedisTemplate redis, ScriptAnswers scripts, InboxCodec codec, InboxProperties properties, Clock clock) {
		this.redis = redis;
		this.scripts = scripts;
		this.codec = codec;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores a new event for its chat's workers. Events without an id (LINE's samples)
	 * cannot be recognised again and are always stored. A duplicate touches nothing: its
	 * original was stored and indexed in one step. Nothing is stored once
	 * {@code takeUntil} (epoch milliseconds, compared with Redis's own clock) has passed.
	 */
	public Appended append(ChatEvent event, long takeUntil) {
		EventContext context = event.context();
		String chatKey = context.chat().key();
		String events = InboxKeys.events(chatKey);
		String seen = context.hasEventId() ? InboxKeys.seen(chatKey, context.eventId()) : events;
		return this.scripts
			.run(APPEND, AppendAnswer.class, List.of(seen, events, pendingOf(chatKey)), this.codec.seal(event),
					Long.toString(this.properties.seenFor().toSeconds()), Long.toString(this.clock.millis()), chatKey,
					Long.toString(takeUntil))
			.appended();
	}

	/**
	 * The first events of the chat under this owner's lease, or null when another
	 * instance holds it.
	 */
	List<String> claim(String chatKey, String owner) {
		Claimed claimed = this.scripts.run(CLAIM, Claimed.class,
				List.of(InboxKeys.lease(chatKey), InboxKeys.events(chatKey)), owner,
				Long.toString(this.properties.lease().toMillis()), Integer.toString(this.properties.batch()));
		if (!claimed.held()) {
			return null;
		}
		return (claimed.events() == null) ? List.of() : claimed.events();
	}

	ChatEvent open(String entry) {
		return this.codec.open(entry);
	}

	/**
	 * Removes the handled head; the events left, or -1 when the lease was lost meanwhile.
	 */
	long acknowledgeHead(String chatKey, String owner) {
		Acknowledged acknowledged = this.scripts.run(ACKNOWLEDGE, Acknowledged.class,
				List.of(InboxKeys.lease(chatKey), InboxKeys.events(chatKey), pendingOf(chatKey)), owner,
				Long.toString(this.properties.lease().toMillis()), chatKey);
		return acknowledged.leaseLost() ? -1 : acknowledged.left();
	}

	void release(String chatKey, String owner) {
		this.scripts.run(RELEASE, Released.class,
				List.of(InboxKeys.lease(chatKey), InboxKeys.events(chatKey), pendingOf(chatKey)), owner, chatKey);
	}

	/** Chats with events waiting, a few from each shard. */
	List<String> pendingChats(int perShard) {
		List<String> chats = new ArrayList<>();
		for (int shard = 0; shard < InboxKeys.SHARDS; shard++) {
			var some = this.redis.opsForZSet().range(InboxKeys.pending(shard), 0, perShard - 1L);
			if (some != null) {
				chats.addAll(some);
			}
		}
		return chats;
	}

	/**
	 * Keeps an event that could not be handled (still sealed) for a week, for an operator
	 * to look at.
	 */
	void setAside(String chatKey, String entry) {
		String key = InboxKeys.deadLetters(chatKey);
		this.redis.opsForList().rightPush(key, entry);
		this.redis.expire(key, DEAD_LETTERS_KEPT);
	}

	private static String pendingOf(String chatKey) {
		return InboxKeys.pending(InboxKeys.shardOf(chatKey));
	}

}
