package tw.workshopbot.attendance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.Channel;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning-hours list against a worked example, in the columns a catalog configured:
 * those who asked for hours and were there from start to end, or were corrected to have
 * been; nobody else.
 */
@TestPropertySource(properties = "app.catalog=src/test/resources/catalogs/learning-hours.yml")
class LearningHoursListTest extends IntegrationTest {

	private static final Instant STARTS = OffsetDateTime.parse("2026-12-01T14:30:00+08:00").toInstant();

	private static final Instant ENDS = STARTS.plus(Duration.ofHours(2));

	@Autowired
	private Workshops workshops;

	@Autowired
	private Registrations registrations;

	@Autowired
	private AttendanceBook book;

	@Autowired
	private AuditTrail audit;

	private AdminApi admin;

	/**
	 * 0001 whole session; 0002 late; 0003 left early but corrected; 0004 whole session
	 * without asking for hours; 0005 whole session but corrected to not; 0006 never came.
	 */
	@BeforeEach
	void aSessionOnTheFirstOfDecember() {
		this.clock.advance(Duration.between(this.clock.instant(), STARTS.minus(Duration.ofDays(1))));
		Workshop workshop = new Workshop("L1", "期初討論工作坊", null, STARTS, ENDS, STARTS.minus(Duration.ofHours(6)), "線上直播",
				BigDecimal.valueOf(2), null, List.of(new Office("西屯區公所", false, false)), List.of());
		this.workshops.insert(workshop);
		LocalDate today = LocalDate.of(2026, 11, 30);
		this.registrations.register(workshop,
				List.of(SampleForm.withHours(workshop, null, today),
						SampleForm.withHours(workshop, null, today, "F221000008"),
						SampleForm.withHours(workshop, null, today, "B123456780"),
						SampleForm.registration(workshop, "李大華", null, today),
						SampleForm.withHours(workshop, null, today, "E120000118"),
						SampleForm.withHours(workshop, null, today, "H223334447")),
				Channel.ORGANIZER);
		attended("L1-0001", false, false);
		attended("L1-0002", true, false);
		attended("L1-0003", false, true);
		attended("L1-0004", false, false);
		attended("L1-0005", false, false);
		this.admin = new AdminApi(this.port);
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0003", """
				{"wholeSession": true, "reason": "直播中斷，主辦確認全程在線"}""", 201);
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0005", """
				{"wholeSession": false, "reason": "未開鏡頭，無法確認"}""", 201);
	}

	private void attended(String registrationNo, boolean late, boolean early) {
		this.book.checkIn("L1", registrationNo, new Mark(late ? STARTS.plusSeconds(600) : STARTS, late));
		this.book.checkOut("L1", registrationNo, new Mark(early ? ENDS.minusSeconds(1800) : ENDS, early));
	}

	@Test
	void theCsvListsWhoEarnedHoursInTheConfiguredColumns() {
		String csv = new String(this.admin.download("/api/workshops/L1/learning-hours.csv").body(),
				StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo("""
				\uFEFF姓名,身分證字號,出生年月日,服務機關,課程名稱,上課日期,學習時數\r
				王小明,A123456789,0740314,西屯區公所,期初討論工作坊,1151201,2\r
				王小明,B123456780,0740314,西屯區公所,期初討論工作坊,1151201,2\r
				""");
		assertThat(this.audit.latest(1).get(0).action()).isEqualTo("learning-hours.download");
		assertThat(this.audit.latest(1).get(0).detail()).doesNotContain("A123456789");
	}

	@Test
	void theXlsxKeepsTheLeadingZeroOfTheRocDate() throws Exception {
		byte[] xlsx = this.admin.download("/api/workshops/L1/learning-hours.xlsx").body();

		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(1).getCellText(2)).isEqualTo("0740314");
			assertThat(rows.get(2).getCellText(1)).isEqualTo("B123456780");
		}
	}

	@Test
	void theAttendanceShowsCorrectionsAndMasksNothingItShouldNotHave() {
		var rows = this.admin.call("GET", "/api/workshops/L1/attendance", null, 200);

		assertThat(rows.get(2).path("leftEarly").asBoolean()).isTrue();
		assertThat(rows.get(2).path("hoursGranted").asInt()).isEqualTo(2);
		assertThat(rows.get(2).path("corrections").get(0).path("reason").asString()).isEqualTo("直播中斷，主辦確認全程在線");
		assertThat(rows.get(4).path("hoursGranted").asInt()).isZero();
		assertThat(rows.get(5).path("checkedInAt").isNull()).isTrue();
		assertThat(rows.toString()).doesNotContain("A123456789");
	}

	@Test
	void aCorrectionNeedsAReasonAndAConfirmedRegistration() {
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0002", """
				{"wholeSession": true, "reason": "  "}""", 400);
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0002", """
				{"reason": "遲到原因已說明"}""", 400);
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0099", """
				{"wholeSession": true, "reason": "x"}""", 404);
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0002", "not json", 400);
		this.admin.call("POST", "/api/workshops/L1/attendance/L1-0002", """
				{"wholeSession": true, "reason": "本人 f221000008 來電說明"}""", 400);
		assertThat(this.audit.latest(20))
			.noneMatch((entry) -> entry.detail().contains("F221000008") || entry.detail().contains("f221000008"));
	}

	@Test
	void aNameThatLooksLikeAFormulaStaysText() {
		Map<String, String> answers = SampleForm.answers();
		answers.put("name", "=HYPERLINK(\"http://evil\")");
		answers.put("nationalId", "K224681358");
		Workshop workshop = this.workshops.find("L1").orElseThrow();
		this.registrations.register(workshop,
				List.of(SampleForm.registration(workshop, answers, null, LocalDate.of(2026, 11, 30))),
				Channel.ORGANIZER);
		attended("L1-0007", false, false);

		String csv = new String(this.admin.download("/api/workshops/L1/learning-hours.csv").body(),
				StandardCharsets.UTF_8);
		String attendance = new String(this.admin.download("/api/workshops/L1/attendance.csv").body(),
				StandardCharsets.UTF_8);

		assertThat(csv.lines().toList().get(3)).startsWith("\"'=HYPERLINK(");
		assertThat(attendance).contains(",\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK");
	}

}
