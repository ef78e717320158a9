package tw.workshopbot.registration;

/**
 * A registration about to be made.
 *
 * @param lineUserId the LINE user it belongs to, or null (an import, a colleague's
 * entry): it then gets a claim code
 * @param enteredBy {@link Registration#SELF}, the entering colleague's LINE user id, or
 * {@link Registration#ADMIN}
 * @param consent the person's consent given in chat; null for imports
 */
public record NewRegistration(Applicant applicant, String lineUserId, String enteredBy, Consent consent) {

	public NewRegistration {
		if (applicant == null || enteredBy == null) {
			throw new IllegalArgumentException("A registration needs its form and who entered it");
		}
	}

}
