package tw.workshopbot.workshop;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogs shipped in config/ read as the organizers' brochures say. */
class CatalogFilesTest {

	@Test
	void taichungHasItsTwentyNineDistrictOfficesAndTheSeedsWorkshop() throws Exception {
		Catalog catalog = CatalogLoader.read(Path.of("config/taichung-2020.yml"));

		assertThat(catalog.offices()).hasSize(30);
		assertThat(catalog.offices()).filteredOn(Office::other).extracting(Office::name).containsExactly("其他單位");
		assertThat(catalog.offices()).extracting(Office::name).contains("西屯區公所", "和平區公所", "中區公所");
		assertThat(catalog.offices()).noneMatch(Office::required);
		Workshop seed = catalog.workshops().get(0);
		assertThat(seed.title()).isEqualTo("109年區公所期初討論工作坊");
		assertThat(seed.startsAt()).isEqualTo(Instant.parse("2020-05-12T06:30:00Z"));
		assertThat(seed.endsAt()).isEqualTo(Instant.parse("2020-05-12T08:30:00Z"));
		assertThat(seed.registrationClosesAt()).isEqualTo(Instant.parse("2020-05-11T04:00:00Z"));
		assertThat(seed.learningHours()).isEqualByComparingTo(BigDecimal.valueOf(2));
		assertThat(seed.contacts()).extracting(Contact::organization).containsExactly("臺中市政府文化局", "吾鄉工作坊");
	}

	@Test
	void kinmenHasItsFiveTownshipOffices() throws Exception {
		Catalog catalog = CatalogLoader.read(Path.of("config/kinmen.yml"));

		assertThat(catalog.offices()).extracting(Office::name)
			.containsExactly("金城鎮公所", "金湖鎮公所", "金沙鎮公所", "金寧鄉公所", "烈嶼鄉公所", "其他單位");
	}

}
