package tw.workshopbot.organizer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.registration.WrongTries;
import tw.workshopbot.scripts.ScriptAnswers;

/**
 * Who may run workshops from the chat: those in ORGANIZER_USER_IDS, and those who
 * redeemed a one-time invitation code (valid 24 h) in their 1:1 chat.
 */
@Component
public class Organizers {

	/**
	 * Shares its hash tag with the invitations: one script takes a code and writes here.
	 */
	static final String KEY = "wb:{organizers}:members";

	static final Duration INVITATION_VALID = Duration.ofHours(24);

	static final String TRIES = "organizer";

	/** Takes the code and makes the organizer in one step, so a code works once. */
	private static final RedisScript<String> REDEEM = ScriptAnswers.script("""
			local invited = redis.call('GET', KEYS[1])
			if not invited then return cjson.encode({redeemed = false}) end
			redis.call('DEL', KEYS[1])
			redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
			return cjson.encode({redeemed = true})
			""");

	/**
	 * @param redeemed whether the code was an invitation, now used
	 */
	record Redemption(boolean redeemed) {
	}

	private final StringRedisTemplate redis;

	private final ScriptAnswers scripts;

	private final OrganizerProperties properties;

	private final WrongTries wrongTries;

	private final AuditTrail audit;

	private final Clock clock;

	private final OneTimeCodes codes;

	Organizers(StringRedisTemplate redis, ScriptAnswers scripts, OrganizerProperties properties, WrongTries wrongTries,
			AuditTrail audit, Clock clock, OneTimeCodes codes) {
		this.redis = redis;
		this.scripts = scripts;
		this.properties = properties;
		this.wrongTries = wrongTries;
		this.audit = audit;
		this.clock = clock;
		this.codes = codes;
	}

	static String invitationKey(String code) {
		return "wb:{organizers}:invitation:" + code;
	}

	/** An organizer, and how they became one. */
	public record Organizer(String userId, String source, Instant since) {
	}

	public boolean isOrganizer(String userId) {
		return userId != null && (this.properties.userIds().contains(userId)
				|| Boolean.TRUE.equals(this.redis.opsForHash().hasKey(KEY, userId)));
	}

	public List<Organizer> all() {
		List<Organizer> all = new ArrayList<>();
		this.properties.userIds().forEach((id) -> all.add(new Organizer(id, "config", null)));
		Map<Object, Object> invited = this.redis.opsForHash().entries(KEY);
		invited.forEach((id, since) -> {
			if (!this.properties.userIds().contains(String.valueOf(id))) {
				all.add(new Organizer(String.valueOf(id), "invitation", Instant.parse(String.valueOf(since))));
			}
		});
		return all;
	}

	/** A new one-time code, six digits, valid for 24 hours. */
	public Invitation invite(String by) {
		String code = this.codes.issue(Organizers::invitationKey, this.clock.instant().toString(), INVITATION_VALID);
		this.audit.record(by, "organizer.invite", "expires " + this.clock.instant().plus(INVITATION_VALID));
		return new Invitation(code, this.clock.instant().plus(INVITATION_VALID));
	}

	public record Invitation(String code, Instant expiresAt) {
	}

	public enum Redeemed {

		NOW_ORGANIZER, ALREADY_ORGANIZER, UNKNOWN_CODE, TOO_MANY_TRIES

	}

	/** {@code 管理員 123456} from a LINE user in their 1:1 chat. */
	public Redeemed redeem(String code, String userId) {
		if (isOrganizer(userId)) {
			return Redeemed.ALREADY_ORGANIZER;
		}
		if (this.wrongTries.lockedOut(TRIES, userId)) {
			return Redeemed.TOO_MANY_TRIES;
		}
		if (!code.matches("\\d{6}")) {
			this.wrongTries.wrong(TRIES, userId);
			return Redeemed.UNKNOWN_CODE;
		}
		boolean taken = this.scripts
			.run(REDEEM, Redemption.class, List.of(invitationKey(code), KEY), userId, this.clock.instant().toString())
			.redeemed();
		if (!taken) {
			this.wrongTries.wrong(TRIES, userId);
			return Redeemed.UNKNOWN_CODE;
		}
		this.audit.record(userId, "organizer.join", "by invitation");
		return Redeemed.NOW_ORGANIZER;
	}

	public enum Removed {

		REMOVED, UNKNOWN, CONFIGURED

	}

	/** Those in ORGANIZER_USER_IDS stay until the setting changes. */
	public Removed remove(String userId, String by) {
		if (this.properties.userIds().contains(userId)) {
			return Removed.CONFIGURED;
		}
		Long removed = this.redis.opsForHash().delete(KEY, userId);
		if (removed == null || removed == 0) {
			return Removed.UNKNOWN;
		}
		this.audit.record(by, "organizer.remove", userId);
		return Removed.REMOVED;
	}

}
