package tw.workshopbot.form;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BirthDateTest {

	private static final LocalDate TODAY = LocalDate.of(2020, 5, 1);

	@ParameterizedTest
	@ValueSource(strings = { "1985-03-15", "1985/3/15", "1985.03.15", "19850315", "74/03/15", "74-3-15", "074/03/15",
			"0740315", "民國74年3月15日", "74年03月15日", "１９８５－０３－１５" })
	void readsGregorianAndRocDates(String typed) {
		assertThat(BirthDate.parse(typed, TODAY).value()).isEqualTo(LocalDate.of(1985, 3, 15));
	}

	@ParameterizedTest
	@CsvSource({ "1985-02-30, form.birthDate.invalid", "85/13/01, form.birthDate.invalid",
			"850315, form.birthDate.invalid", "March 1985, form.birthDate.invalid", "2020-05-02, form.birthDate.future",
			"2010-01-01, form.birthDate.age", "1900-01-01, form.birthDate.age", "'', form.required" })
	void refusesImpossibleFutureAndImplausibleDates(String typed, String expected) {
		assertThatThrownBy(() -> BirthDate.parse(typed, TODAY)).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo(expected));
	}

	@Test
	void ageLimitsCountFromTodayInclusive() {
		assertThat(BirthDate.parse("2005-05-01", TODAY).value()).isEqualTo(LocalDate.of(2005, 5, 1));
		assertThatThrownBy(() -> BirthDate.parse("2005-05-02", TODAY)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void showsOnlyTheYear() {
		assertThat(BirthDate.parse("1985-03-15", TODAY)).hasToString("1985-**-**");
	}

}
