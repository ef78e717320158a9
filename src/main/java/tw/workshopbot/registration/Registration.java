package tw.workshopbot.registration;

import java.time.Instant;

/**
 * One registration as read back.
 *
 * @param applicant the form, or null once the personal data was erased
 * @param lineUserId the LINE user it belongs to; null until an imported one is claimed
 * @param enteredBy {@code self}, the LINE user id of a colleague who entered it, or
 * {@code admin}
 * @param claimCode the code that links a LINE user to it, while nobody has
 * @param consent the notice agreed to in chat, or null (imports)
 */
public record Registration(String registrationNo, String workshopId, Status status, String lineUserId, String office,
		boolean learningHours, Applicant applicant, String enteredBy, Instant createdAt, String claimCode,
		Instant erasedAt, Consent consent) {

	public static final String SELF = "self";

	public static final String ADMIN = "admin";

	public boolean isErased() {
		return this.applicant == null;
	}

	public boolean isActive() {
		return this.status != Status.CANCELLED;
	}

}
