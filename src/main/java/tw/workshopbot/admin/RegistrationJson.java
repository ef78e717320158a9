package tw.workshopbot.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import tw.workshopbot.form.FormField;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.Registration;

/**
 * A registration as the admin API shows it: each field of the form under its name, the ID
 * number and birth date masked ({@code A12*****89}, {@code 1985-**-**}); after erasure
 * only the anonymous record (name, office and hours stay until then).
 *
 * @param form the form's answers by field name, shown as in the roster
 * @param identityPending hours requested on a form a colleague entered: the person has
 * yet to add their ID number and birth date
 * @param handedOver who had it before 換人參加, or null
 */
record RegistrationJson(String registrationNo, String workshopId, String status, String lineUserId,
		@JsonAnyGetter Map<String, Object> form, String enteredBy, OffsetDateTime createdAt, String claimCode,
		OffsetDateTime erasedAt, boolean identityPending, HandOverJson handedOver) {

	/** Who had the registration before 換人參加, and when. */
	record HandOverJson(OffsetDateTime at, String from) {
	}

	static RegistrationJson of(Registration registration, ZoneId zone) {
		Applicant a = registration.applicant();
		return new RegistrationJson(registration.registrationNo(), registration.workshopId(),
				registration.status().stored(), registration.lineUserId(), form(registration, a),
				registration.enteredBy(), registration.createdAt().atZone(zone).toOffsetDateTime(),
				registration.claimCode(),
				(registration.erasedAt() != null) ? registration.erasedAt().atZone(zone).toOffsetDateTime() : null,
				a != null && a.identityPending(),
				(registration.handOver() != null)
						? new HandOverJson(registration.handOver().at().atZone(zone).toOffsetDateTime(),
								registration.handOver().fromName())
						: null);
	}

	private static Map<String, Object> form(Registration registration, Applicant a) {
		Map<String, Object> form = new LinkedHashMap<>();
		for (FormField field : FormField.values()) {
			String value = (a != null) ? a.value(field) : null;
			form.put(field.field(), (value != null) ? field.kind().shown(value) : null);
		}
		form.put(FormField.NAME.field(), registration.name());
		form.put(FormField.OFFICE.field(), registration.office());
		form.put(FormField.LEARNING_HOURS.field(), registration.learningHours());
		return form;
	}

}
