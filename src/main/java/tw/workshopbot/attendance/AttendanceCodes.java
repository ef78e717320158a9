package tw.workshopbot.attendance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Said;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.WrongTries;

/**
 * The codes an organizer shows on the livestream, one for check-in and another for
 * check-out, so that nobody checks out "on time" without having watched. Compared as
 * typed on a phone: spaces and letter case do not matter.
 */
@Component
public class AttendanceCodes {

	static final String TRIES = "attendance-code";

	private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{2,20}");

	private static final String CHECK_IN = "checkIn";

	private static final String CHECK_OUT = "checkOut";

	private final StringRedisTemplate redis;

	private final WrongTries wrongTries;

	private final AuditTrail audit;

	AttendanceCodes(StringRedisTemplate redis, WrongTries wrongTries, AuditTrail audit) {
		this.redis = redis;
		this.wrongTries = wrongTries;
		this.audit = audit;
	}

	/** A workshop's codes; null where none is asked for. */
	public record Codes(String checkIn, String checkOut) {

		public Codes {
			checkIn = normalized(checkIn);
			checkOut = normalized(checkOut);
		}

	}

	public enum Verdict {

		RIGHT, WRONG, LOCKED_OUT

	}

	static String key(String workshopId) {
		return "wb:att:{w:" + workshopId + "}:codes";
	}

	/** Letters and digits a presenter can read out and a phone can type. */
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9]{2,20}");

	/**
	 * What is wrong with a pair of codes: each 2 to 20 letters or digits, and two
	 * different ones, so that the check-in code cannot also check out.
	 */
	public static java.util.Optional<String> problem(Codes codes) {
		for (String code : new String[] { codes.checkIn(), codes.checkOut() }) {
			if (code != null && !CODE.matcher(code).matches()) {
				return java.util.Optional.of("A code is 2 to 20 letters or digits: " + code);
			}
		}
		if (codes.checkIn() != null && codes.checkIn().equals(codes.checkOut())) {
			return java.util.Optional.of("checkIn and checkOut must be different codes");
		}
		return java.util.Optional.empty();
	}

	/**
	 * Replaces the workshop's codes; a null code stops asking for it. The audit trail
	 * says which are asked for, never the codes.
	 * @param by who set them: an organizer's LINE user id, or {@code admin}
	 */
	public void set(String workshopId, Codes codes, String by) {
		String key = key(workshopId);
		this.redis.delete(key);
		if (codes.checkIn() != null) {
			hashes().put(key, CHECK_IN, codes.checkIn());
		}
		if (codes.checkOut() != null) {
			hashes().put(key, CHECK_OUT, codes.checkOut());
		}
		this.audit.record(by, "attendance.codes",
				workshopId + ": check-in code " + ((codes.checkIn() != null) ? "set" : "off") + ", check-out code "
						+ ((codes.checkOut() != null) ? "set" : "off"));
	}

	public Codes of(String workshopId) {
		return new Codes(hashes().get(key(workshopId), CHECK_IN), hashes().get(key(workshopId), CHECK_OUT));
	}

	/** Whether a check-in (or check-out) of the workshop must give a code. */
	boolean asked(String workshopId, boolean checkIn) {
		return hashes().hasKey(key(workshopId), checkIn ? CHECK_IN : CHECK_OUT);
	}

	/**
	 * Checks a typed code. Five wrong tries lock the person out for ten minutes, even
	 * from typing the right one.
	 */
	Verdict check(String workshopId, boolean checkIn, String typed, String userId) {
		if (this.wrongTries.lockedOut(TRIES, userId)) {
			return Verdict.LOCKED_OUT;
		}
		String expected = hashes().get(key(workshopId), checkIn ? CHECK_IN : CHECK_OUT);
		String given = normalized(typed);
		if (expected == null || (given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8)))) {
			return Verdict.RIGHT;
		}
		this.wrongTries.wrong(TRIES, userId);
		return this.wrongTries.lockedOut(TRIES, userId) ? Verdict.LOCKED_OUT : Verdict.WRONG;
	}

	/** Letters and digits a presenter reads out: the shape of every code. */
	static boolean looksLikeCode(String typed) {
		String code = normalized(typed);
		return code != null && SHAPE.matcher(code).matches();
	}

	static String normalized(String code) {
		if (code == null) {
			return null;
		}
		String plain = Said.normalize(code).replace(" ", "").toUpperCase(Locale.ROOT);
		return plain.isEmpty() ? null : plain;
	}

	private HashOperations<String, String, String> hashes() {
		return this.redis.opsForHash();
	}

}
