package tw.workshopbot.registration;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A registration as kept in Redis. What a rule script must read (status, linked user,
 * indexes) lives in the workshop's hashes beside it; the card holds what is fixed once
 * written. Personal data sits in three sealed parts, each a JSON object of its fields
 * ({@link tw.workshopbot.form.FormField.Part}), so that each can be erased on its own
 * schedule (ID numbers first, contact details later, the name last).
 *
 * @param blind the ID number's blind index, or null when none was given
 * @param profile sealed profile part; null once erased
 * @param contact sealed contact part; null once erased
 * @param identity sealed identity part; null when hours were not requested, or erased
 * @param consent the notice agreed to in chat; null for imports (the organizer informs
 * those who sign on paper) and for entries by a colleague until the person agrees
 * @param handedOverAt when the registration was handed over to another person, or null
 * @param handedOverFrom sealed name of the person who handed it over; null when none, or
 * erased
 * @param purgedAt when the retention period purged ID number, birth date and contact
 * details; null before
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonTypeName("registration")
record StoredCard(String office, boolean learningHours, String enteredBy, Instant createdAt, String claimCode,
		String blind, String profile, String contact, String identity, Instant erasedAt, Consent consent,
		Instant handedOverAt, String handedOverFrom, Instant purgedAt) {

	/**
	 * The consent stays: it is the record that the person was told, not personal data.
	 */
	StoredCard erased(Instant at) {
		return new StoredCard(this.office, this.learningHours, this.enteredBy, this.createdAt, null, null, null, null,
				null, at, this.consent, this.handedOverAt, null, this.purgedAt);
	}

	/**
	 * What stays when the retention period ends: name, office and the record of the
	 * registration; the ID number (and its index), birth date and contact details go.
	 */
	StoredCard purged(Instant at) {
		return new StoredCard(this.office, this.learningHours, this.enteredBy, this.createdAt, null, null, this.profile,
				null, null, this.erasedAt, this.consent, this.handedOverAt, this.handedOverFrom, at);
	}

}
