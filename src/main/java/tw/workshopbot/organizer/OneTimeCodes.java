package tw.workshopbot.organizer;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Six-digit codes a person types into LINE: random, stored with what they stand for, and
 * never two alive at once under the same key.
 */
@Component
public class OneTimeCodes {

	private final SecureRandom random = new SecureRandom();

	private final StringRedisTemplate redis;

	OneTimeCodes(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/**
	 * @param keyOf the Redis key a code is kept under
	 * @param value what the code stands for
	 * @return the new code
	 */
	public String issue(UnaryOperator<String> keyOf, String value, Duration valid) {
		String code;
		do {
			code = String.format("%06d", this.random.nextInt(1_000_000));
		}
		while (!Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(keyOf.apply(code), value, valid)));
		return code;
	}

}
