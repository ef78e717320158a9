package tw.workshopbot.registration;

import java.util.List;

import tw.workshopbot.workshop.Workshops;

/**
 * Redis keys of one workshop's registrations. All carry the workshop's hash tag
 * {@code {w:<id>}}, the workshop's own key too, so every script that checks a rule reads
 * and writes one Redis Cluster slot.
 */
final class RegistrationKeys {

	private final String workshopId;

	RegistrationKeys(String workshopId) {
		this.workshopId = workshopId;
	}

	String workshopId() {
		return this.workshopId;
	}

	private String key(String name) {
		return "wb:reg:{w:" + this.workshopId + "}:" + name;
	}

	/** The workshop's seat limit, kept beside it by {@code Workshops}. */
	String seats() {
		return Workshops.seatsKey(this.workshopId);
	}

	/** Last registration number handed out. */
	String sequence() {
		return key("seq");
	}

	/** Hash: registration number → stored card (JSON, personal data sealed). */
	String cards() {
		return key("cards");
	}

	/** Hash: registration number → status. */
	String statuses() {
		return key("status");
	}

	/** Sorted set of confirmed registration numbers, scored by sequence. */
	String confirmed() {
		return key("confirmed");
	}

	/** Sorted set of waitlisted registration numbers in the order they came. */
	String waitlist() {
		return key("waitlist");
	}

	/** Hash: LINE user id → their active registration's number. */
	String byUser() {
		return key("users");
	}

	/** Hash: blind index of the ID number → the active registration's number. */
	String byNationalId() {
		return key("ids");
	}

	/** Hash: registration number → the LINE user linked to it. */
	String linkedUsers() {
		return key("line");
	}

	/**
	 * When the retention period purged the workshop's personal data (ISO-8601), absent
	 * before.
	 */
	String purged() {
		return key("purged");
	}

	/** Hash: claim code → registration number. */
	String claimCodes() {
		return key("claims");
	}

	List<String> forRegister() {
		return List.of(seats(), sequence(), cards(), statuses(), confirmed(), waitlist(), byUser(), byNationalId(),
				linkedUsers(), claimCodes());
	}

	List<String> forWithdraw() {
		return List.of(seats(), statuses(), confirmed(), waitlist(), byUser(), byNationalId(), linkedUsers(),
				claimCodes(), cards());
	}

	List<String> forPromote() {
		return List.of(seats(), statuses(), confirmed(), waitlist());
	}

	List<String> forUpdate() {
		return List.of(cards(), statuses(), byNationalId());
	}

	List<String> forHandOver() {
		return List.of(cards(), statuses(), byUser(), byNationalId(), linkedUsers(), claimCodes());
	}

	List<String> forClaim() {
		return List.of(claimCodes(), statuses(), linkedUsers(), byUser());
	}

}
