package tw.workshopbot.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;

/**
 * Counts a person's wrong guesses at a code and locks them out for a while after too
 * many, so that codes stay unguessable in practice. The window is decided from stored
 * timestamps and the clock; the key's TTL only clears up.
 */
@Component
public class WrongTries {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	/**
	 * KEYS: the counter hash. ARGV: now (ms), window (ms), '1' to count a wrong try, '0'
	 * to only look. Answers the wrong tries within the window.
	 */
	private static final RedisScript<String> COUNT = ScriptAnswers.script("""
			local since = tonumber(redis.call('HGET', KEYS[1], 'since') or '0')
			local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
			local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
			if now - since >= window then
			  count = 0
			  since = now
			end
			if ARGV[3] == '1' then
			  count = count + 1
			  redis.call('HSET', KEYS[1], 'since', since, 'count', count)
			  redis.call('PEXPIRE', KEYS[1], window * 2)
			end
			return cjson.encode({wrong = count})
			""");

	/**
	 * @param wrong the wrong tries within the window
	 */
	record Tries(long wrong) {
	}

	private final ScriptAnswers scripts;

	private final Clock clock;

	WrongTries(ScriptAnswers scripts, Clock clock) {
		this.scripts = scripts;
		this.clock = clock;
	}

	public boolean lockedOut(String purpose, String userId) {
		return count(purpose, userId, false) >= LIMIT;
	}

	public void wrong(String purpose, String userId) {
		count(purpose, userId, true);
	}

	private long count(String purpose, String userId, boolean wrong) {
		return this.scripts
			.run(COUNT, Tries.class, List.of("wb:tries:" + purpose + ":" + userId), Long.toString(this.clock.millis()),
					Long.toString(WINDOW.toMillis()), wrong ? "1" : "0")
			.wrong();
	}

}
