package tw.workshopbot.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.chat.EventContext;

/**
 * Each chat's events in Redis, in the order they were acknowledged. Appending marks the event id
 * as seen and appends the event in one script, so an event is either new and stored or a
 * duplicate, never half of each. Redis errors escape as Spring's {@code DataAccessException}.
 */
@Component
public class Inbox {

	public enum Appended {

		NEW, DUPLICATE

	}

	private static final RedisScript<Long> APPEND_ONCE = RedisScript.of("""
			if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
			  redis.call('RPUSH', KEYS[2], ARGV[1])
			  return 1
			end
			return 0
			""", Long.class);

	private static final RedisScript<Long> ACK_HEAD = RedisScript.of("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
			  redis.call('LPOP', KEYS[2])
			  redis.call('PEXPIRE', KEYS[1], ARGV[2])
			  return 1
			end
			return 0
			""", Long.class);

	private static final RedisScript<Long> TAKE_LEASE = RedisScript.of("""
			local holder = redis.call('GET', KEYS[1])
			if (not holder) or holder == ARGV[1] then
			  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
			  return 1
			end
			return 0
			""", Long.class);

	private static final RedisScript<Long> RELEASE = RedisScript.of("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
			  return redis.call('DEL', KEYS[1])
			end
			return 0
			""", Long.class);

	private static final Duration DEAD_LETTERS_KEPT = Duration.ofDays(7);

	private final StringRedisTemplate redis;

	private final InboxCodec codec;

	private final InboxProperties properties;

	private final Clock clock;

	Inbox(StringRedisTemplate redis, InboxCodec codec, InboxProperties properties, Clock clock) {
		this.redis = redis;
		this.codec = codec;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores a new event for its chat's workers. Events without an id (LINE's samples) cannot be
	 * recognised again and are always stored. The pending index is written after the event: a
	 * worker that clears it re-reads the list afterwards, so no event is left unindexed.
	 */
	public Appended append(ChatEvent event) {
		EventContext context = event.context();
		String chatKey = context.chat().key();
		String entry = this.codec.seal(event);
		Appended appended = Appended.NEW;
		if (context.hasEventId()) {
			Long stored = this.redis.execute(APPEND_ONCE,
					List.of(InboxKeys.seen(chatKey, context.eventId()), InboxKeys.events(chatKey)), entry,
					Long.toString(this.properties.seenFor().toSeconds()));
			appended = Long.valueOf(1).equals(stored) ? Appended.NEW : Appended.DUPLICATE;
		}
		else {
			this.redis.opsForList().rightPush(InboxKeys.events(chatKey), entry);
		}
		// Also for duplicates: a redelivery then repairs an index write lost to a crash.
		this.redis.opsForZSet().addIfAbsent(InboxKeys.PENDING, chatKey, this.clock.millis());
		return appended;
	}

	/** Takes the chat's lease, or keeps it when this instance still holds it from before a Redis outage. */
	boolean acquire(String chatKey, String owner) {
		Long taken = this.redis.execute(TAKE_LEASE, List.of(InboxKeys.lease(chatKey)), owner,
				Long.toString(this.properties.lease().toMillis()));
		return Long.valueOf(1).equals(taken);
	}

	List<String> peek(String chatKey) {
		return Objects.requireNonNullElse(
				this.redis.opsForList().range(InboxKeys.events(chatKey), 0, this.properties.batch() - 1L), List.of());
	}

	ChatEvent open(String entry) {
		return this.codec.open(entry);
	}

	/** Removes the handled head and renews the lease; false when the lease was lost meanwhile. */
	boolean acknowledgeHead(String chatKey, String owner) {
		Long done = this.redis.execute(ACK_HEAD, List.of(InboxKeys.lease(chatKey), InboxKeys.events(chatKey)), owner,
				Long.toString(this.properties.lease().toMillis()));
		return Long.valueOf(1).equals(done);
	}

	void release(String chatKey, String owner) {
		this.redis.execute(RELEASE, List.of(InboxKeys.lease(chatKey)), owner);
	}

	/**
	 * Takes a drained chat off the pending index, then looks again: an event appended in between
	 * puts it back (and says so), because appenders write the list before the index.
	 */
	boolean settle(String chatKey) {
		this.redis.opsForZSet().remove(InboxKeys.PENDING, chatKey);
		Long left = this.redis.opsForList().size(InboxKeys.events(chatKey));
		if (left != null && left > 0) {
			this.redis.opsForZSet().addIfAbsent(InboxKeys.PENDING, chatKey, this.clock.millis());
			return true;
		}
		return false;
	}

	List<String> pendingChats(int limit) {
		var chats = this.redis.opsForZSet().range(InboxKeys.PENDING, 0, limit - 1L);
		return chats == null ? List.of() : List.copyOf(chats);
	}

	/** Keeps an event that could not be handled (still sealed) for a week, for an operator to look at. */
	void setAside(String chatKey, String entry) {
		String key = InboxKeys.deadLetters(chatKey);
		this.redis.opsForList().rightPush(key, entry);
		this.redis.expire(key, DEAD_LETTERS_KEPT);
	}

}
