package tw.workshopbot.broadcast;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.organizer.OneTimeCodes;

/**
 * The codes that link a group to workshops: given to an organizer in the 1:1 chat, posted
 * by them in the group. A code works once; a code seen in a group is spent.
 */
@Component
class BindingCodes {

	static final Duration VALID = Duration.ofMinutes(30);

	private final OneTimeCodes codes;

	private final StringRedisTemplate redis;

	BindingCodes(OneTimeCodes codes, StringRedisTemplate redis) {
		this.codes = codes;
		this.redis = redis;
	}

	static String key(String code) {
		return "wb:{organizers}:binding:" + code;
	}

	/** What a code links a group to, and who asked for it. */
	record Binding(List<String> workshopIds, String by) {
	}

	String issue(List<String> workshopIds, String by) {
		return this.codes.issue(BindingCodes::key, by + "|" + String.join(",", workshopIds), VALID);
	}

	Optional<Binding> redeem(String code) {
		String value = this.redis.opsForValue().getAndDelete(key(code));
		if (value == null) {
			return Optional.empty();
		}
		int bar = value.indexOf('|');
		return Optional.of(new Binding(Arrays.asList(value.substring(bar + 1).split(",")), value.substring(0, bar)));
	}

}
