package tw.workshopbot.registration;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import tw.workshopbot.form.FormField;
import tw.workshopbot.form.FormField.Part;
import tw.workshopbot.form.NationalId;
import tw.workshopbot.privacy.BlindIndex;
import tw.workshopbot.privacy.DataCipher;

/**
 * Turns an applicant into a stored card and back. Each sealed part is bound to its
 * workshop and its role, so a part copied elsewhere does not open.
 */
@Component
class CardCodec {

	static final String NATIONAL_ID_INDEX = "nationalId";

	private static final TypeReference<Map<String, String>> PART = new TypeReference<>() {
	};

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
		Map<String, String> identity = part(applicant, Part.IDENTITY);
		return new StoredCard(applicant.office(), applicant.learningHours(), card.enteredBy(), card.createdAt(),
				card.claimCode(), blindIndexOf(applicant), seal(workshopId, "profile", part(applicant, Part.PROFILE)),
				seal(workshopId, "contact", part(applicant, Part.CONTACT)),
				identity.isEmpty() ? null : seal(workshopId, "identity", identity), null,
				(consent != null) ? consent : card.consent(), card.handedOverAt(), card.handedOverFrom(),
				card.purgedAt());
	}

	/** One sealed part: its fields' answers by field name. */
	private static Map<String, String> part(Applicant applicant, Part part) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (FormField field : part.fields()) {
			String value = applicant.value(field);
			if (value != null) {
				field.kind().seal(kept, field.field(), value);
			}
		}
		return kept;
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
		return (card.profile() != null) ? open(workshopId, "profile", card.profile()).get(FormField.NAME.field())
				: null;
	}

	/** The applicant on the card, or null once erased or purged. */
	Applicant applicant(String workshopId, StoredCard card) {
		if (card.profile() == null || card.contact() == null) {
			return null;
		}
		Map<Part, Map<String, String>> parts = new EnumMap<>(Part.class);
		parts.put(Part.PROFILE, open(workshopId, "profile", card.profile()));
		parts.put(Part.CONTACT, open(workshopId, "contact", card.contact()));
		parts.put(Part.IDENTITY, (card.identity() != null) ? open(workshopId, "identity", card.identity()) : Map.of());
		Map<FormField, String> written = new EnumMap<>(FormField.class);
		written.put(FormField.OFFICE, card.office());
		written.put(FormField.LEARNING_HOURS, Boolean.toString(card.learningHours()));
		for (Part part : parts.keySet()) {
			for (FormField field : part.fields()) {
				written.put(field, field.kind().unseal(parts.get(part), field.field()));
			}
		}
		return new Applicant(written);
	}

	private String seal(String workshopId, String part, Object value) {
		return this.cipher.seal(this.json.writeValueAsBytes(value), purpose(workshopId, part));
	}

	private <T> T open(String workshopId, String part, String sealed, Class<T> type) {
		return this.json.readValue(this.cipher.open(sealed, purpose(workshopId, part)), type);
	}

	private Map<String, String> open(String workshopId, String part, String sealed) {
		return this.json.readValue(this.cipher.open(sealed, purpose(workshopId, part)), PART);
	}

	private static String purpose(String workshopId, String part) {
		return "registration." + workshopId + "." + part;
	}

}
