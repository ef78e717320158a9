package tw.workshopbot.form;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0912-345-678|0912345678", "0912 345 678|0912345678",
			"+886 912 345 678|0912345678", "+886-912-345-678|0912345678", "０９１２３４５６７８|0912345678" })
	void readsMobilesAsPeopleWriteThem(String typed, String stored) {
		assertThat(Mobile.parse(typed).value()).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0812345678", "091234567", "09123456789", "+886 812 345 678", "0912-34S-678" })
	void refusesWhatIsNotAMobile(String typed) {
		assertRefused(() -> Mobile.parse(typed), "form.mobile.invalid");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "04-2228-9111|0422289111|-", "(04)2228-9111 轉 25204|0422289111|25204",
					"04-2228-9111#25204|0422289111|25204", "04-22289111分機25204|0422289111|25204",
					"04 2228 9111 ext. 25204|0422289111|25204", "04-2228-9111 EXT 7|0422289111|7",
					"082-316899|082316899|-", "02-2345-6789|0223456789|-", "+886 4 2228 9111|0422289111|-",
					"０４－２５８２－６５６９|0425826569|-" })
	void readsLandlinesWithAreaCodesAndExtensions(String typed, String number, String extension) {
		Landline landline = Landline.parse(typed);

		assertThat(landline.number()).isEqualTo(number);
		assertThat(landline.extension()).isEqualTo(extension);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2228-9111", "04-2228", "4-2228-9111", "04-2228-91111-1", "04-2228-9111 轉 abc" })
	void refusesNumbersWithoutAreaCodeOrWithWrongLength(String typed) {
		assertRefused(() -> Landline.parse(typed), "form.landline.invalid");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "wuxiang42242@gmail.com|wuxiang42242@gmail.com",
			" Name@Taichung.GOV.tw |Name@taichung.gov.tw", "ｎａｍｅ＠ｅｘａｍｐｌｅ．ｃｏｍ|name@example.com" })
	void readsEmailAddresses(String typed, String stored) {
		assertThat(Email.parse(typed).value()).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "name@", "name@example", "na me@example.com", "a@b@example.com", "@example.com" })
	void refusesWhatIsNotAnEmailAddress(String typed) {
		assertRefused(() -> Email.parse(typed), "form.email.invalid");
	}

	@ParameterizedTest
	@CsvSource({ "男, MALE", "女, FEMALE", "male, MALE", "Female, FEMALE", "M, MALE" })
	void readsGender(String typed, Gender gender) {
		assertThat(Gender.parse(typed)).isEqualTo(gender);
	}

	@ParameterizedTest
	@ValueSource(strings = { "other", "1", "男女" })
	void refusesOtherGenderAnswers(String typed) {
		assertRefused(() -> Gender.parse(typed), "form.gender.invalid");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "  王 小明  |王 小明", "王　小明|王 小明", "ＡＢＣ|ABC" })
	void trimsAndNormalizesText(String typed, String stored) {
		assertThat(FormText.required(typed, FormField.NAME)).isEqualTo(stored);
	}

	@org.junit.jupiter.api.Test
	void refusesEmptyAndOverlongText() {
		assertRefused(() -> FormText.required(" ", FormField.NAME), "form.required");
		assertRefused(() -> FormText.required("字".repeat(101), FormField.SECTION), "form.tooLong");
		assertThat(FormText.required("字".repeat(200), FormField.ADDRESS)).hasSize(200);
		assertRefused(() -> FormText.required("字".repeat(201), FormField.ADDRESS), "form.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "王\u0000小明", "王小明\u001B[2J", "\u202E明小王", "王\uD800明" })
	void refusesTextWithControlCharacters(String typed) {
		assertRefused(() -> FormText.required(typed, FormField.NAME), "form.unprintable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200B", "\u200B\u2060\uFEFF", " \u200D " })
	void takesOnlyInvisibleCharactersForNothing(String typed) {
		assertRefused(() -> FormText.required(typed, FormField.NAME), "form.required");
	}

	@org.junit.jupiter.api.Test
	void dropsInvisibleCharactersAtTheEnds() {
		assertThat(FormText.required("\uFEFF王小明\u200B", FormField.NAME)).isEqualTo("王小明");
		assertThat(FormText.required("家\u200D人", FormField.NAME)).isEqualTo("家\u200D人");
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, String key) {
		assertThatThrownBy(parse).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo(key));
	}

}
