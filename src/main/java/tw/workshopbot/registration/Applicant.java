package tw.workshopbot.registration;

import tw.workshopbot.form.BirthDate;
import tw.workshopbot.form.Email;
import tw.workshopbot.form.Gender;
import tw.workshopbot.form.Landline;
import tw.workshopbot.form.Mobile;
import tw.workshopbot.form.NationalId;

/**
 * The sign-up form of one person, every answer validated. The ID number and birth date
 * are kept only when learning hours are requested: what is not needed is not collected.
 *
 * @param office as the roster records it (see {@code OfficeChoice#recorded()})
 */
public record Applicant(String name, String office, String section, String title, boolean learningHours,
		NationalId nationalId, BirthDate birthDate, Gender gender, Email email, Landline dayPhone, Mobile mobile,
		String address, String youtubeId, String lineId) {

	public Applicant {
		if (learningHours && (nationalId == null || birthDate == null)) {
			throw new IllegalArgumentException("Learning hours need the ID number and birth date");
		}
		if (!learningHours) {
			nationalId = null;
			birthDate = null;
		}
	}

	/** Logs name the office at most: the rest is personal data. */
	@Override
	public String toString() {
		return "Applicant[office=" + this.office + ", learningHours=" + this.learningHours + "]";
	}

}
