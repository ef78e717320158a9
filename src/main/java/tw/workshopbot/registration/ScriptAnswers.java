package tw.workshopbot.registration;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Runs a registration script and reads its one JSON answer into its record: fields by
 * name, not positions counted by stride.
 */
@Component
class ScriptAnswers {

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	ScriptAnswers(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	<T> T run(RedisScript<String> script, Class<T> answer, List<String> keys, Object... args) {
		String answered = this.redis.execute(script, keys, args);
		if (answered == null) {
			throw new IllegalStateException("A registration script answered nothing");
		}
		return this.json.readValue(answered, answer);
	}

}
