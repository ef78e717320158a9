package tw.workshopbot.registration;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Component;

import tw.workshopbot.workshop.Workshop;

/**
 * Claim codes: six characters from 32 that cannot be misread (no 0/O, 1/I), about a
 * billion possibilities, drawn by a secure random generator. A code is unique across
 * workshops, so the bot finds the workshop from the code alone; whether it is still
 * unclaimed is decided in the workshop's own keys.
 */
@Component
class ClaimCodes {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 6;

	private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	/** Lookups outlive the workshop a while, so a late claim gets a clear answer. */
	private static final Duration KEPT_AFTER_END = Duration.ofDays(30);

	private final StringRedisTemplate redis;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ClaimCodes(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	static String key(String code) {
		return "wb:claim:" + code;
	}

	/** As typed: full-width, lower case and spaces are forgiven. Empty if not a code. */
	static Optional<String> normalize(String typed) {
		String code = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	/**
	 * Draws {@code count} fresh codes and records them for the workshop; a code already
	 * in use is drawn again.
	 */
	List<String> reserve(Workshop workshop, int count) {
		List<String> codes = new ArrayList<>(count);
		Duration kept = Duration.between(Instant.now(this.clock), workshop.endsAt().plus(KEPT_AFTER_END));
		Duration ttl = kept.isNegative() ? KEPT_AFTER_END : kept;
		while (codes.size() < count) {
			List<String> drawn = new ArrayList<>();
			for (int i = codes.size(); i < count; i++) {
				drawn.add(draw());
			}
			byte[] workshopId = workshop.id().getBytes(StandardCharsets.UTF_8);
			List<Object> stored = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				for (String code : drawn) {
					connection.stringCommands()
						.set(key(code).getBytes(StandardCharsets.UTF_8), workshopId, Expiration.from(ttl),
								SetOption.ifAbsent());
				}
				return null;
			});
			for (int i = 0; i < drawn.size(); i++) {
				if (Boolean.TRUE.equals(stored.get(i))) {
					codes.add(drawn.get(i));
				}
			}
		}
		return codes;
	}

	Optional<String> workshopOf(String code) {
		return Optional.ofNullable(this.redis.opsForValue().get(key(code)));
	}

	private String draw() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

}
