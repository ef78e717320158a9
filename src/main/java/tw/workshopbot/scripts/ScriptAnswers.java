package tw.workshopbot.scripts;

import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Runs a Lua script and reads its one JSON answer ({@code cjson.encode} of a table) into
 * its record: fields by name, never positions counted by stride or numbers that mean
 * outcomes. A script reads only its own keys; what it needs of another package comes as
 * an argument or under a key of its own.
 */
@Component
public class ScriptAnswers {

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	/**
	 * A field a script leaves out reads as null, false or 0: Lua has no null, and cjson
	 * leaves out what is nil.
	 */
	ScriptAnswers(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
	}

	/** A script whose answer is one JSON object. */
	public static RedisScript<String> script(String lua) {
		return RedisScript.of(lua, String.class);
	}

	public <T> T run(RedisScript<String> script, Class<T> answer, List<String> keys, Object... args) {
		String answered = this.redis.execute(script, keys, args);
		if (answered == null) {
			throw new IllegalStateException("A script answered nothing");
		}
		return this.json.readValue(answered, answer);
	}

}
