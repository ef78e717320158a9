package tw.workshopbot.registration;

import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import tw.workshopbot.form.BirthDate;
import tw.workshopbot.form.Email;
import tw.workshopbot.form.Gender;
import tw.workshopbot.form.Landline;
import tw.workshopbot.form.Mobile;
import tw.workshopbot.form.NationalId;
import tw.workshopbot.privacy.BlindIndex;
import tw.workshopbot.privacy.DataCipher;
import tw.workshopbot.registration.StoredCard.Contact;
import tw.workshopbot.registration.StoredCard.Identity;
import tw.workshopbot.registration.StoredCard.Profile;

/**
 * Turns an applicant into a stored card and back. Each sealed part is bound to its
 * workshop and its role, so a part copied elsewhere does not open.
 */
@Component
class CardCodec {

	static final String NATIONAL_ID_INDEX = "nationalId";

	private final DataCipher cipher;

	private final BlindIndex blindIndex;

	private final JsonMapper json;

	CardCodec(DataCipher cipher, BlindIndex blindIndex, JsonMapper json) {
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.json = json;
	}

	String blindIndexOf(NationalId nationalId) {
		return this.blindIndex.of(NATIONAL_ID_INDEX, nationalId.value());
	}

	/** The ID number's blind index, or null when the applicant gave none. */
	String blindIndexOf(Applicant applicant) {
		return (applicant.nationalId() != null) ? blindIndexOf(applicant.nationalId()) : null;
	}

	String encode(String workshopId, Applicant applicant, String enteredBy, Instant createdAt, String claimCode,
			Consent consent) {
		StoredCard empty = new StoredCard(applicant.office(), applicant.learningHours(), enteredBy, createdAt,
				claimCode, null, null, null, null, null, consent, null, null, null);
		return write(withApplicant(workshopId, empty, applicant, consent));
	}

	/**
	 * The card with another form on it: its owner's changes, or the person completing
	 * what a colleague entered. Number, place, links and history stay.
	 * @param consent a new consent, or null to keep the card's
	 */
	StoredCard withApplicant(String workshopId, StoredCard card, Applicant applicant, Consent consent) {
		Profile profile = new Profile(applicant.name(), applicant.section(), applicant.title(),
				applicant.gender().name());
		Contact contact = new Contact(applicant.email().value(), applicant.dayPhone().number(),
				applicant.dayPhone().extension(), applicant.mobile().value(), applicant.address(),
				applicant.youtubeId(), applicant.lineId());
		Identity identity = (applicant.nationalId() != null)
				? new Identity(applicant.nationalId().value(), applicant.birthDate().value().toString()) : null;
		return new StoredCard(applicant.office(), applicant.learningHours(), card.enteredBy(), card.createdAt(),
				card.claimCode(), blindIndexOf(applicant), seal(workshopId, "profile", profile),
				seal(workshopId, "contact", contact),
				(identity != null) ? seal(workshopId, "identity", identity) : null, null,
				(consent != null) ? consent : card.consent(), card.handedOverAt(), card.handedOverFrom(),
				card.purgedAt());
	}

	/**
	 * The card given to a colleague: their form, a new claim code, no consent until they
	 * agree, and the previous holder's name kept sealed for the roster.
	 */
	StoredCard handedOver(String workshopId, StoredCard card, Applicant colleague, String from, String claimCode,
			Instant at) {
		Applicant previous = applicant(workshopId, card);
		StoredCard given = new StoredCard(card.office(), card.learningHours(), from, card.createdAt(), claimCode, null,
				null, null, null, null, null, at,
				(previous != null) ? seal(workshopId, "handover", previous.name()) : null, null);
		return withApplicant(workshopId, given, colleague, null);
	}

	/** Who had the registration before, or null when it was never handed over. */
	HandOver handOver(String workshopId, StoredCard card) {
		if (card.handedOverAt() == null) {
			return null;
		}
		String from = (card.handedOverFrom() != null)
				? open(workshopId, "handover", card.handedOverFrom(), String.class) : null;
		return new HandOver(card.handedOverAt(), from);
	}

	StoredCard card(String stored) {
		return this.json.readValue(stored, StoredCard.class);
	}

	String write(StoredCard card) {
		return this.json.writeValueAsString(card);
	}

	/** The name on the card, which outlives the rest of the form; null once erased. */
	String name(String workshopId, StoredCard card) {
		return (card.profile() != null) ? open(workshopId, "profile", card.profile(), Profile.class).name() : null;
	}

	/** The applicant on the card, or null once erased or purged. */
	Applicant applicant(String workshopId, StoredCard card) {
		if (card.profile() == null || card.contact() == null) {
			return null;
		}
		Profile profile = open(workshopId, "profile", card.profile(), Profile.class);
		Contact contact = open(workshopId, "contact", card.contact(), Contact.class);
		Identity identity = (card.identity() != null) ? open(workshopId, "identity", card.identity(), Identity.class)
				: null;
		return new Applicant(profile.name(), card.office(), profile.section(), profile.title(), card.learningHours(),
				(identity != null) ? new NationalId(identity.nationalId()) : null,
				(identity != null) ? new BirthDate(LocalDate.parse(identity.birthDate())) : null,
				Gender.valueOf(profile.gender()), new Email(contact.email()),
				new Landline(contact.dayPhone(), contact.dayPhoneExtension()), new Mobile(contact.mobile()),
				contact.address(), contact.youtubeId(), contact.lineId());
	}

	private String seal(String workshopId, String part, Object value) {
		return this.cipher.seal(this.json.writeValueAsBytes(value), purpose(workshopId, part));
	}

	private <T> T open(String workshopId, String part, String sealed, Class<T> type) {
		return this.json.readValue(this.cipher.open(sealed, purpose(workshopId, part)), type);
	}

	private static String purpose(String workshopId, String part) {
		return "registration." + workshopId + "." + part;
	}

}
