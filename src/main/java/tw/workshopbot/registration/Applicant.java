package tw.workshopbot.registration;

import tw.workshopbot.form.BirthDate;
import tw.workshopbot.form.Email;
import tw.workshopbot.form.Gender;
import tw.workshopbot.form.Landline;
import tw.workshopbot.form.Mobile;
import tw.workshopbot.form.NationalId;

/**
 * The sign-up form of one person, every answer validated. The ID number and birth date
 * are kept only when learning hours are requested: what is not needed is not collected. A
 * form someone else filled in for the person requests hours with both still missing
 * ({@link #identityPending()}): a person's ID number is never typed by someone else, so
 * the person adds both in their own chat after claiming the registration.
 *
 * @param office as the roster records it (see {@code OfficeChoice#recorded()})
 */
public record Applicant(String name, String office, String section, String title, boolean learningHours,
		NationalId nationalId, BirthDate birthDate, Gender gender, Email email, Landline dayPhone, Mobile mobile,
		String address, String youtubeId, String lineId) {

	public Applicant {
		if (learningHours && (nationalId == null) != (birthDate == null)) {
			throw new IllegalArgumentException("The ID number and birth date come together");
		}
		if (!learningHours) {
			nationalId = null;
			birthDate = null;
		}
	}

	/** Hours requested, and the person has yet to add their ID number and birth date. */
	public boolean identityPending() {
		return this.learningHours && this.nationalId == null;
	}

	/** Logs name the office at most: the rest is personal data. */
	@Override
	public String toString() {
		return "Applicant[office=" + this.office + ", learningHours=" + this.learningHours + "]";
	}

}
