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
 * @param name kept after the retention period purged the rest of the form; null once
 * erased
 * @param purgedAt when the retention period ended and the ID number, birth date and
 * contact details were purged, or null
 */
public record Registration(String registrationNo, String workshopId, Status status, String lineUserId, String office,
		boolean learningHours, Applicant applicant, String enteredBy, Instant createdAt, String claimCode,
		Instant erasedAt, Consent consent, HandOver handOver, String name, Instant purgedAt) {

	public static final String SELF = "self";

	public static final String ADMIN = "admin";

	/**
	 * Whether the form is gone: erased at the person's request, or purged after the
	 * retention period (the name stays then).
	 */
	public boolean isErased() {
		return this.applicant == null;
	}

	public boolean isPurged() {
		return this.purgedAt != null;
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
