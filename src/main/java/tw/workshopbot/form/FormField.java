package tw.workshopbot.form;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.springframework.context.MessageSourceResolvable;

/**
 * The sign-up form's fields, in the paper form's order: the one table the chat's
 * questions, the answers, the sealed card, the import, the roster's columns and the admin
 * API's JSON are read from. A new question is one entry here and its label in both
 * bundles ({@code form.field.<name>}); its own question text ({@code signup.ask.<name>})
 * is optional, and the consent notice lists it by its label.
 */
public enum FormField implements MessageSourceResolvable {

	NAME("name", FieldKind.TEXT, Part.PROFILE, "姓名 Name"), OFFICE("office", FieldKind.OFFICE, Part.CARD, "區公所 Office"),
	SECTION("section", FieldKind.TEXT, Part.PROFILE, "課室 Section"),
	TITLE("title", FieldKind.TEXT, Part.PROFILE, "職稱 Job title"),
	LEARNING_HOURS("learningHours", FieldKind.HOURS, Part.CARD, "學習時數 Learning hours"),
	NATIONAL_ID("nationalId", FieldKind.NATIONAL_ID, Part.IDENTITY, "身分證字號 ID number"),
	BIRTH_DATE("birthDate", FieldKind.BIRTH_DATE, Part.IDENTITY, "出生年月日 Date of birth"),
	GENDER("gender", FieldKind.GENDER, Part.PROFILE, "性別 Gender"),
	EMAIL("email", FieldKind.EMAIL, Part.CONTACT, "電子信箱 E-mail"),
	DAY_PHONE("dayPhone", FieldKind.LANDLINE, Part.CONTACT, "連絡電話（日間） Day phone"),
	MOBILE("mobile", FieldKind.MOBILE, Part.CONTACT, "手機 Mobile"),
	ADDRESS("address", FieldKind.LONG_TEXT, Part.CONTACT, "通訊地址 Address"),
	YOUTUBE_ID("youtubeId", FieldKind.TEXT, Part.CONTACT, "YouTube ID/暱稱"),
	LINE_ID("lineId", FieldKind.TEXT, Part.CONTACT, "LINE ID/暱稱");

	/**
	 * Where an answer is kept. The card's own fields stay readable for the roster's
	 * rules; the other three parts are sealed each on its own, so that each can be erased
	 * on its own schedule: the identity when hours need it no more, the contact details
	 * when the retention period ends, the profile (with the name) only on erasure.
	 */
	public enum Part {

		CARD, PROFILE, CONTACT, IDENTITY;

		/** The fields kept in this part, in the form's order. */
		public List<FormField> fields() {
			return BY_PART.getOrDefault(this, List.of());
		}

	}

	/** Read once: every card written or opened walks its parts. */
	private static final Map<Part, List<FormField>> BY_PART = Stream.of(values())
		.collect(Collectors.groupingBy(FormField::part, () -> new EnumMap<>(Part.class),
				Collectors.toUnmodifiableList()));

	private final String field;

	private final FieldKind kind;

	private final Part part;

	private final String rosterHeader;

	FormField(String field, FieldKind kind, Part part, String rosterHeader) {
		this.field = field;
		this.kind = kind;
		this.part = part;
		this.rosterHeader = rosterHeader;
	}

	/** The field's name in JSON, in import columns and in error lists. */
	public String field() {
		return this.field;
	}

	public FieldKind kind() {
		return this.kind;
	}

	public Part part() {
		return this.part;
	}

	/** The roster's column header, Chinese with English alongside, for every language. */
	public String rosterHeader() {
		return this.rosterHeader;
	}

	/** Given only with learning hours, and masked wherever shown but the hours export. */
	public boolean isIdentity() {
		return this.part == Part.IDENTITY;
	}

	/**
	 * Eight hex digits that change when a field is added, removed, renamed or moved:
	 * names the notice that listed them.
	 */
	public static String fingerprint() {
		CRC32 crc = new CRC32();
		for (FormField field : values()) {
			crc.update((field.field + ";").getBytes(StandardCharsets.UTF_8));
		}
		return String.format("%08x", crc.getValue());
	}

	@Override
	public String[] getCodes() {
		return new String[] { "form.field." + this.field };
	}

}
