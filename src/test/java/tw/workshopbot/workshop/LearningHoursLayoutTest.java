package tw.workshopbot.workshop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.workshopbot.workshop.LearningHoursLayout.Column;
import tw.workshopbot.workshop.LearningHoursLayout.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The learning-hours list's layout as a catalog gives it, or the portal's usual one. */
class LearningHoursLayoutTest {

	@Test
	void withoutACatalogSayTheColumnsAreThePortalsUsualOnes() {
		assertThat(LearningHoursLayout.DEFAULT.columns().stream().map(Column::header)).containsExactly("身分證字號", "姓名",
				"出生日期", "服務機關", "課程名稱", "上課日期", "學習時數");
		assertThat(LearningHoursLayout.DEFAULT.date(LocalDate.of(1985, 3, 15))).isEqualTo("0740315");
		assertThat(LearningHoursLayout.DEFAULT.date(LocalDate.of(2011, 1, 2))).isEqualTo("1000102");
	}

	@Test
	void aCatalogNamesColumnsHeadersAndADatePattern() throws Exception {
		Catalog catalog = CatalogLoader.read(Path.of("src/test/resources/catalogs/learning-hours.yml"));

		assertThat(catalog.learningHoursList().columns()).element(2).isEqualTo(new Column(Field.BIRTH_DATE, "出生年月日"));
		assertThat(catalog.learningHoursList().columns().get(0).header()).isEqualTo("姓名");
		assertThat(new LearningHoursLayout(List.of(), "yyyy/MM/dd").date(LocalDate.of(1985, 3, 15)))
			.isEqualTo("1985/03/15");
	}

	@Test
	void anUnknownFieldOrPatternIsRefusedWithItsName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Column.of("idNumber")).withMessageContaining("idNumber");
		assertThatIllegalArgumentException().isThrownBy(() -> new LearningHoursLayout(null, "yyyy/MM/dd{"))
			.withMessageContaining("yyyy/MM/dd{");
	}

}
