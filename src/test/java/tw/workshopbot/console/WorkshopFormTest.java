package tw.workshopbot.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop form as a browser sends it: read into the admin API's shape with its
 * problems by field, and a stored workshop shown in it again.
 */
class WorkshopFormTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	private static final List<Office> CATALOG = List.of(new Office("西屯區公所", false, false),
			new Office("北屯區公所", true, false));

	@Test
	void aTypedFormIsReadInTheServicesZoneWithOfficesAndContactsOneALine() {
		WorkshopForm form = new WorkshopForm("w1", "社區營造", "", "2026-12-08T14:00", "2026-12-08T16:30",
				"2026-12-06T17:00", "市府大樓", "1.5", "40", "西屯區公所\n北屯區公所 *\n\n", "承辦 | 文化局 | 王小姐 | 04-1234 | | a@b.tw",
				"15", "groups", "17:30", "20", "5", "0", "60", "30");
		WorkshopForm.Reading reading = form.read(TAIPEI);
		assertThat(reading.problems()).isEmpty();
		Workshop workshop = reading.json().toWorkshop("w1", CATALOG);
		assertThat(workshop.startsAt()).isEqualTo(Instant.parse("2026-12-08T06:00:00Z"));
		assertThat(workshop.learningHours()).isEqualByComparingTo(new BigDecimal("1.5"));
		assertThat(workshop.offices()).containsExactly(new Office("西屯區公所", false, false),
				new Office("北屯區公所", true, false));
		assertThat(workshop.contacts()).containsExactly(new Contact("承辦", "文化局", "王小姐", "04-1234", null, "a@b.tw"));
		assertThat(workshop.streamLinkAudience()).isEqualTo(StreamAudience.GROUPS);
		assertThat(workshop.dayBeforeReminderAt()).isEqualTo(LocalTime.of(17, 30));
		assertThat(workshop.series()).as("blank is absent").isNull();
	}

	@Test
	void eachProblemIsFiledUnderItsFieldInTheApisWords() {
		WorkshopForm form = new WorkshopForm("bad id!", "", "", "2026-12-08T14:00", "2026-12-08T13:00", "not a time",
				"", "一", "0", "西屯區公所\n西屯區公所", "", "", "everyone", "", "-5", "", "", "", "9999");
		var problems = form.read(TAIPEI).problems();
		assertThat(problems.keySet()).containsExactlyInAnyOrder("id", "title", "endsAt", "registrationClosesAt",
				"learningHours", "capacity", "offices", "streamLinkAudience", "checkInOpensMinutesBefore",
				"personalDataRetentionDays");
		assertThat(problems.get("endsAt")).containsExactly("must be after startsAt");
		assertThat(problems.get("registrationClosesAt")).as("not also 'required'")
			.containsExactly("a date and time such as 2026-05-12T14:30");
		assertThat(problems.get("offices")).singleElement().asString().startsWith("offices[1].name: each office once");
	}

	@Test
	void aCopyIsTheNextSessionAWeekLaterWithoutAnId() {
		Workshop workshop = new Workshop("w1", "社區營造", "系列", Instant.parse("2026-12-08T06:00:00Z"),
				Instant.parse("2026-12-08T08:00:00Z"), Instant.parse("2026-12-06T09:00:00Z"), null,
				BigDecimal.valueOf(2), 30, CATALOG, List.of());
		WorkshopForm copy = WorkshopForm.of(workshop, TAIPEI, true);
		assertThat(copy.id()).isEmpty();
		assertThat(copy.startsAt()).isEqualTo("2026-12-15T14:00");
		assertThat(copy.registrationClosesAt()).isEqualTo("2026-12-13T17:00");
		assertThat(copy.offices()).isEqualTo("西屯區公所\n北屯區公所 *");
		assertThat(copy.read(TAIPEI).problems()).isEmpty();
		assertThat(WorkshopForm.of(workshop, TAIPEI, false).id()).isEqualTo("w1");
	}

}
