package tw.workshopbot.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalIdTest {

	@ParameterizedTest
	@ValueSource(strings = { "A123456789", "F231212145", "A800000014", "AA00000009", "AC01234567" })
	void acceptsNationalAndResidentNumbersWithTheirChecksum(String typed) {
		assertThat(NationalId.parse(typed).value()).isEqualTo(typed);
	}

	@Test
	void readsFullWidthLowerCaseAndSpacedInput() {
		assertThat(NationalId.parse(" ａ１２３４５６７８９ ").value()).isEqualTo("A123456789");
		assertThat(NationalId.parse("a 123 456 789").value()).isEqualTo("A123456789");
	}

	@ParameterizedTest
	@ValueSource(strings = { "A123456788", "A800000015", "AA00000008", "A323456789", "1234567890", "A12345678",
			"A1234567890", "A12345678X" })
	void refusesWrongChecksumsAndShapes(String typed) {
		assertThatThrownBy(() -> NationalId.parse(typed)).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("form.nationalId.invalid"));
	}

	@Test
	void asksForTheNumberWhenNothingWasTyped() {
		assertThatThrownBy(() -> NationalId.parse("  ")).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("form.required"));
	}

	@Test
	void neverShowsTheWholeNumber() {
		NationalId id = NationalId.parse("A123456789");

		assertThat(id.masked()).isEqualTo("A12*****89");
		assertThat(id).hasToString("A12*****89");
	}

	@Test
	void aRefusalDoesNotCarryWhatWasTyped() {
		assertThatThrownBy(() -> NationalId.parse("A123456788")).hasMessageNotContaining("A123456788").hasNoCause();
	}

}
