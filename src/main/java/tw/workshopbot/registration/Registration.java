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
 * @param consent the notice agreed to in chat, or null (imports, a colleague's entry not
 * yet agreed to by the person)
 * @param handOver who had the registration before it was handed over, or null
 */
public record Registration(String registrationNo, String workshopId, Status status, String lineUserId, String office,
		boolean learningHours, Applicant applicant, String enteredBy, Instant createdAt, String claimCode,
		Instant erasedAt, Consent consent, HandOver handOver) {

	public static final String SELF = "self";

	public static final String ADMIN = "admin";

	public boolean isErased() {
		return this.applicant == null;
	}

	/** Entered by a colleague (or handed over): the person has yet to claim it. */
	public boolean enteredForSomeoneElse() {
		return !SELF.equals(this.enteredBy) && !ADMIN.equals(this.enteredBy);
	}

	/**
	 * Someone else entered it and its person has not yet agreed to the notice: the
	 * claimer reads the notice and adds what only they may type.
	 */
	public boolean awaitsItsPerson() {
		return enteredForSomeoneElse() && this.consent == null;
	}

	public boolean isActive() {
		return this.status != Status.CANCELLED;
	}

}
