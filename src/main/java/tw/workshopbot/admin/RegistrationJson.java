package tw.workshopbot.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.Registration;

/**
 * A registration as the admin API shows it: the ID number and birth date masked
 * ({@code A12*****89}, {@code 1985-**-**}); after erasure only the anonymous record.
 *
 * @param identityPending hours requested on a form a colleague entered: the person has
 * yet to add their ID number and birth date
 * @param handedOver who had it before 換人參加, or null
 */
record RegistrationJson(String registrationNo, String workshopId, String status, String lineUserId, String name,
		String office, String section, String title, boolean learningHours, String nationalId, String birthDate,
		String gender, String email, String dayPhone, String mobile, String address, String youtubeId, String lineId,
		String enteredBy, OffsetDateTime createdAt, String claimCode, OffsetDateTime erasedAt, boolean identityPending,
		HandOverJson handedOver) {

	/** Who had the registration before 換人參加, and when. */
	record HandOverJson(OffsetDateTime at, String from) {
	}

	static RegistrationJson of(Registration registration, ZoneId zone) {
		Applicant a = registration.applicant();
		boolean shown = a != null;
		return new RegistrationJson(registration.registrationNo(), registration.workshopId(),
				registration.status().stored(), registration.lineUserId(), registration.name(), registration.office(),
				shown ? a.section() : null, shown ? a.title() : null, registration.learningHours(),
				(shown && a.nationalId() != null) ? a.nationalId().masked() : null,
				(shown && a.birthDate() != null) ? a.birthDate().masked() : null, shown ? a.gender().label() : null,
				shown ? a.email().value() : null, shown ? a.dayPhone().display() : null,
				shown ? a.mobile().display() : null, shown ? a.address() : null, shown ? a.youtubeId() : null,
				shown ? a.lineId() : null, registration.enteredBy(),
				registration.createdAt().atZone(zone).toOffsetDateTime(), registration.claimCode(),
				(registration.erasedAt() != null) ? registration.erasedAt().atZone(zone).toOffsetDateTime() : null,
				shown && a.identityPending(),
				(registration.handOver() != null)
						? new HandOverJson(registration.handOver().at().atZone(zone).toOffsetDateTime(),
								registration.handOver().fromName())
						: null);
	}

}
