package tw.workshopbot.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;

/**
 * One-time sign-in links: a random token, of which Redis keeps only the hash (a dump of
 * Redis signs nobody in), bound to the organizer it was sent to, valid for
 * {@link ConsoleProperties#linkValidFor()} by the service's clock, and used once: the
 * first use marks it, so a second is told "used" rather than "unknown".
 */
@Component
class SignInLinks {

	/** Marks the link used and answers what it was. */
	private static final RedisScript<String> USE = ScriptAnswers.script("""
			local link = redis.call('HMGET', KEYS[1], 'userId', 'issuedAt', 'usedAt')
			if not link[1] then return cjson.encode({}) end
			if not link[3] then redis.call('HSET', KEYS[1], 'usedAt', ARGV[1]) end
			return cjson.encode({userId = link[1], issuedAt = link[2], usedBefore = link[3] ~= false})
			""");

	/** What the link was; all null when it was never issued (or is gone). */
	record Issued(String userId, Instant issuedAt, boolean usedBefore) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StringRedisTemplate redis;

	private final ScriptAnswers scripts;

	private final ConsoleProperties properties;

	private final Clock clock;

	SignInLinks(StringRedisTemplate redis, ScriptAnswers scripts, ConsoleProperties properties, Clock clock) {
		this.redis = redis;
		this.scripts = scripts;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a link's use came to. */
	sealed interface Use {

		record SignedIn(String userId) implements Use {
		}

		/** Used, expired or never issued: each told apart, so the page can say why. */
		enum Refused implements Use {

			UNKNOWN, EXPIRED, USED

		}

	}

	String issue(String userId) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String key = key(token);
		this.redis.opsForHash()
			.putAll(key, java.util.Map.of("userId", userId, "issuedAt", this.clock.instant().toString()));
		// Redis only tidies up; whether the link still works is decided by the clock.
		this.redis.expire(key, this.properties.linkValidFor().plus(Duration.ofDays(1)));
		return token;
	}

	Use use(String token) {
		if (token.length() > 64) {
			return Use.Refused.UNKNOWN;
		}
		Issued link = this.scripts.run(USE, Issued.class, List.of(key(token)), this.clock.instant().toString());
		if (link.userId() == null) {
			return Use.Refused.UNKNOWN;
		}
		if (link.usedBefore()) {
			return Use.Refused.USED;
		}
		if (!this.clock.instant().isBefore(link.issuedAt().plus(this.properties.linkValidFor()))) {
			return Use.Refused.EXPIRED;
		}
		return new Use.SignedIn(link.userId());
	}

	/** Whom a link was sent to, without using it. */
	java.util.Optional<String> holder(String token) {
		if (token.length() > 64) {
			return java.util.Optional.empty();
		}
		Object userId = this.redis.opsForHash().get(key(token), "userId");
		return java.util.Optional.ofNullable((String) userId);
	}

	private static String key(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return "wb:console:link:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
