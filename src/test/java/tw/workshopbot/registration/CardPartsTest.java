package tw.workshopbot.registration;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.form.FormField;
import tw.workshopbot.privacy.BlindIndex;
import tw.workshopbot.privacy.DataCipher;
import tw.workshopbot.privacy.EncryptionProperties;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card's sealed parts are read and written from the form's table, and keep the shape
 * cards always had: a card written before the table opens the same, and a field the card
 * predates is simply missing.
 */
class CardPartsTest {

	private static final String WORKSHOP = "W1";

	private final DataCipher cipher = new DataCipher(new EncryptionProperties(key(), null, List.of()));

	private final JsonMapper json = JsonMapper.builder().build();

	private final CardCodec codec = new CardCodec(this.cipher, new BlindIndex(this.cipher), this.json);

	private final Applicant applicant = SampleForm.withHours(workshop(), "U1", LocalDate.of(2026, 11, 22)).applicant();

	@Test
	void sealsEachPartAsTheFieldsOfItsTable() {
		StoredCard card = this.codec.card(
				this.codec.encode(WORKSHOP, this.applicant, "self", Instant.parse("2026-12-01T00:00:00Z"), null, null));

		assertThat(opened(card.profile(), "profile")).containsExactly(Map.entry("name", "王小明"),
				Map.entry("section", "民政課"), Map.entry("title", "課員"), Map.entry("gender", "MALE"));
		assertThat(opened(card.contact(), "contact")).containsEntry("dayPhone", "0422289111")
			.containsEntry("dayPhoneExtension", "25204")
			.containsEntry("mobile", "0912345678")
			.containsEntry("email", "ming@taichung.gov.tw");
		assertThat(opened(card.identity(), "identity")).containsExactly(Map.entry("nationalId", "A123456789"),
				Map.entry("birthDate", "1985-03-14"));
		assertThat(this.codec.applicant(WORKSHOP, card)).isEqualTo(this.applicant);
	}

	@Test
	void opensACardWrittenBeforeTheTableAndOneThatPredatesAField() {
		StoredCard card = new StoredCard("西屯區公所", false, "self", Instant.parse("2026-11-01T00:00:00Z"), null, null,
				sealed("profile", "{\"name\":\"王小明\",\"section\":\"民政課\",\"title\":\"課員\",\"gender\":\"FEMALE\"}"),
				sealed("contact",
						"{\"email\":\"a@b.tw\",\"dayPhone\":\"0422289111\",\"dayPhoneExtension\":null,"
								+ "\"mobile\":\"0912345678\",\"address\":\"臺中市\",\"youtubeId\":\"小明\"}"),
				null, null, null, null, null, null);

		Applicant opened = this.codec.applicant(WORKSHOP, card);

		assertThat(opened.gender().label()).isEqualTo("女");
		assertThat(opened.dayPhone().display()).isEqualTo("0422289111");
		assertThat(opened.shown(FormField.MOBILE)).isEqualTo("0912-345-678");
		assertThat(opened.value(FormField.LINE_ID)).isNull();
		assertThat(opened.shown(FormField.LINE_ID)).isEmpty();
		assertThat(opened.nationalId()).isNull();
	}

	private Map<String, String> opened(String sealed, String part) {
		byte[] plain = this.cipher.open(sealed, "registration." + WORKSHOP + "." + part);
		return this.json.readValue(new String(plain, StandardCharsets.UTF_8), new TypeReference<>() {
		});
	}

	private String sealed(String part, String json) {
		return this.cipher.seal(json.getBytes(StandardCharsets.UTF_8), "registration." + WORKSHOP + "." + part);
	}

	private static Workshop workshop() {
		Instant start = Instant.parse("2026-12-01T06:30:00Z");
		return new Workshop(WORKSHOP, "測試", null, start, start.plusSeconds(7200), start.minusSeconds(86400), null,
				BigDecimal.valueOf(2), null, List.of(new Office("西屯區公所", false, false)), List.of());
	}

	private static String key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
