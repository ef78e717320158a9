package tw.workshopbot.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Status;

/**
 * An organizer's word on someone's attendance (the stream dropped, the phone died): kept
 * beside the check-ins, never replacing them, and the latest one decides the hours. Each
 * one is in the audit trail too.
 */
@Component
public class AttendanceCorrections {

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	AttendanceCorrections(StringRedisTemplate redis, JsonMapper json, AuditTrail audit, Clock clock) {
		this.redis = redis;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param wholeSession whether the person attended the whole session after all
	 */
	public record Correction(String registrationNo, Instant at, String by, boolean wholeSession, String reason) {
	}

	static String key(String workshopId) {
		return "wb:att:{w:" + workshopId + "}:corrections";
	}

	private static final int REASON_LIMIT = 200;

	/** Something shaped like an ID number or resident certificate number. */
	private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern
		.compile("(?<![A-Z0-9])[A-Z][A-Z0-9]\\d{8}(?![0-9])");

	/** Why a correction is refused; the API answers each with its own status. */
	public enum Why {

		UNKNOWN, NOT_CONFIRMED, UNANSWERED, REASON

	}

	public record Refused(Why why, String message) {
	}

	/**
	 * The one check the API and the console both make, in the order an organizer fixes
	 * things: the registration, its status, the answer, then the reason.
	 * @param reason already stripped
	 */
	public static Optional<Refused> refusal(String registrationNo, Optional<Registration> registration,
			Boolean wholeSession, String reason) {
		if (registration.isEmpty()) {
			return Optional.of(new Refused(Why.UNKNOWN, "no registration " + registrationNo));
		}
		if (registration.get().status() != Status.CONFIRMED) {
			return Optional.of(new Refused(Why.NOT_CONFIRMED, "registration " + registrationNo + " is "
					+ registration.get().status().stored() + "; only confirmed registrations take attendance"));
		}
		if (wholeSession == null) {
			return Optional.of(new Refused(Why.UNANSWERED, "whole session (true or false) is required"));
		}
		return problem(reason).map((wrong) -> new Refused(Why.REASON, wrong));
	}

	/** What is wrong with a correction's reason (already stripped); empty when fine. */
	public static Optional<String> problem(String reason) {
		if (reason.isEmpty() || reason.length() > REASON_LIMIT) {
			return Optional.of("reason is required, at most " + REASON_LIMIT + " characters");
		}
		if (hasIdNumber(reason)) {
			// The reason goes into the audit trail and every export: no ID numbers there.
			return Optional.of("理由中請勿填寫身分證字號 / no ID numbers in the reason");
		}
		return Optional.empty();
	}

	/** Whether the text holds something shaped like an ID number: never echoed back. */
	public static boolean hasIdNumber(String text) {
		return ID_NUMBER.matcher(text.toUpperCase(java.util.Locale.ROOT)).find();
	}

	public Correction correct(String workshopId, String registrationNo, boolean wholeSession, String reason,
			String by) {
		Correction correction = new Correction(registrationNo, this.clock.instant(), by, wholeSession, reason);
		this.redis.opsForList().rightPush(key(workshopId), this.json.writeValueAsString(correction));
		this.audit.record(by, "attendance.correction",
				registrationNo + (wholeSession ? " whole session: " : " not whole session: ") + reason);
		return correction;
	}

	/** Every correction of the workshop by registration number, oldest first. */
	public Map<String, List<Correction>> all(String workshopId) {
		List<String> stored = this.redis.opsForList().range(key(workshopId), 0, -1);
		Map<String, List<Correction>> byNumber = new LinkedHashMap<>();
		if (stored != null) {
			stored.stream()
				.map((text) -> this.json.readValue(text, Correction.class))
				.forEach((correction) -> byNumber.computeIfAbsent(correction.registrationNo(), (n) -> new ArrayList<>())
					.add(correction));
		}
		return byNumber;
	}

}
