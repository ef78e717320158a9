package tw.workshopbot.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import tw.workshopbot.admin.PaperForms;
import tw.workshopbot.attendance.AttendanceCodes;
import tw.workshopbot.attendance.AttendanceCorrections;
import tw.workshopbot.broadcast.Deliveries;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Status;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organizer's work in the console, form by form, as HTTP sees it: a workshop created,
 * copied and edited; paper forms uploaded all or nothing; the stream link, a binding
 * code, an announcement previewed and sent and its report; attendance codes and
 * corrections; a registration's history and erasure. Each form refuses what the admin API
 * refuses, says so beside the field, and stores nothing then; without a session or a CSRF
 * token nothing is shown or changed; no page shows a full ID number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/line-stand-in-test",
				"LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET })
class ConsoleWorkTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	/** A paper form's cells in the template's order, for a name, ID number and e-mail. */
	private static List<String> form(String name, String nationalId, String email) {
		return List.of(name, "西屯", "民政課", "課員", "需要", nationalId, "74/03/14", "男", email, "04-2228-9111", "0912345678",
				"臺中市西屯區臺灣大道三段99號", "-", "-");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private Rehearsal rehearsal;

	@Autowired
	private SimulatorStore store;

	@Autowired
	private SimulatedClock clock;

	@Autowired
	private Workshops workshops;

	@Autowired
	private Roster roster;

	@Autowired
	private Deliveries deliveries;

	@Autowired
	private AttendanceCodes codes;

	@Autowired
	private AttendanceCorrections corrections;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private StringRedisTemplate redis;

	private ConsoleClient browser;

	private String organizer;

	@BeforeEach
	void signIn() {
		this.redis.delete(this.redis.keys("wb:console:failures:*"));
		TestPerson person = this.rehearsal.addPerson("許主任", "zh-TW");
		this.rehearsal.makeOrganizer(person.userId());
		this.organizer = person.userId();
		this.browser = new ConsoleClient(this.port);
		assertThat(this.browser.signInWith(ConsoleClient.linkFromLine(this.rehearsal, this.store, this.organizer))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void aWorkshopIsCreatedWithTheApisRulesBesideEachFieldThenCopiedAndEdited() {
		String id = newId();
		HttpResponse<String> refused = create(id, Map.of("title", "", "capacity", "0", "learningHours", "三"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("3 個欄位需要修正")
			.contains("必填，最多 100 字 — required, at most 100 characters")
			.contains("至少 1；留空為不限 — at least 1, or absent for no limit")
			.contains("a number such as 3 or 1.5")
			.contains("value=\"三\"");
		assertThat(this.workshops.find(id)).as("nothing stored").isEmpty();

		HttpResponse<String> backwards = create(id, Map.of("endsAt", local(start().minus(Duration.ofHours(1)))));
		assertThat(backwards.body()).contains("must be after startsAt");

		HttpResponse<String> created = create(id, Map.of());
		assertThat(created.statusCode()).isEqualTo(302);
		Workshop workshop = this.workshops.find(id).orElseThrow();
		assertThat(workshop.capacity()).isEqualTo(1);
		assertThat(workshop.offices()).as("the catalog's when none are typed").isNotEmpty();
		assertThat(this.audit.latest(5)).anySatisfy((entry) -> {
			assertThat(entry.who()).isEqualTo(this.organizer);
			assertThat(entry.action()).isEqualTo("workshop.create");
		});

		String copy = this.browser.get("/console/workshops/" + id + "/copy").body();
		assertThat(copy).contains("value=\"" + local(start().plus(Duration.ofDays(7))) + "\"")
			.containsPattern("name=\"id\"\\s+type=\"text\"\\s+value=\"\"");

		upload(id, "forms.xlsx",
				xlsx(form("甲", "A123456789", "jia@taichung.gov.tw"), form("乙", "F231212145", "yi@taichung.gov.tw")));
		assertThat(status(id, id + "-0002")).isEqualTo(Status.WAITLISTED);
		HttpResponse<String> larger = this.browser.submit("/console/workshops/" + id + "/edit",
				"/console/workshops/" + id, fields(Map.of("capacity", "2")));
		assertThat(larger.statusCode()).isEqualTo(302);
		assertThat(status(id, id + "-0002")).as("a larger capacity seats the waitlist").isEqualTo(Status.CONFIRMED);
		assertThat(this.browser.get("/console/workshops/" + id + "/registrations/" + id + "-0002").body())
			.contains("備取遞補為正取", "主辦單位登錄");
	}

	@Test
	void paperFormsAreStoredAllOrNothingWithProblemsByRowAndColumn() throws IOException {
		String id = newId();
		create(id, Map.of("capacity", ""));
		HttpResponse<String> refused = upload(id, "forms.xlsx",
				xlsx(form("王大同", "A123456789", "tung@taichung.gov.tw"), form("李小華", "A12345678", "hua")));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("有 2 個問題，什麼都沒有儲存")
			.contains("<td data-label=\"列\">3</td>")
			.contains("身分證字號 ID number", "電子信箱 E-mail");
		assertThat(this.roster.all(id)).as("nothing stored").isEmpty();

		// Fixed, and saved by Excel in Taiwan as CSV in Big5; a name that looks like a
		// formula stays text.
		List<String> formula = form("x", "F231212145", "hua@taichung.gov.tw");
		String csv = String.join(",", PaperForms.headers()) + "\r\n"
				+ String.join(",", form("王大同", "A123456789", "tung@taichung.gov.tw")) + "\r\n"
				+ "\"=HYPERLINK(\"\"http://x\"\")\"," + String.join(",", formula.subList(1, formula.size())) + "\r\n"
				+ ",,,,,,,,,,,,,\r\n";
		HttpResponse<String> stored = upload(id, "forms.csv", csv.getBytes(Charset.forName("x-windows-950")));
		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(stored.body()).contains("已登錄 2 份報名表", "王大同", "西屯區公所")
			.containsPattern("class=\"claim\"[^>]*>[A-Z2-9]{6}<");
		assertThat(this.roster.all(id)).hasSize(2);

		String page = this.browser.get("/console/workshops/" + id + "?tab=confirmed").body();
		assertThat(page).contains("=HYPERLINK(&quot;http://x&quot;)").doesNotContain("<a href=\"http://x");
		for (String path : List.of("", "/paper-forms", "/messages", "/attendance", "/registrations/" + id + "-0001",
				"/edit")) {
			assertThat(this.browser.get("/console/workshops/" + id + path).body()).as(path)
				.doesNotContain("A123456789", "F231212145");
		}
		assertThat(this.browser.get("/api/workshops/" + id + "/registrations.csv").body()).contains(",\"'=HYPERLINK(");

		HttpResponse<String> huge = upload(id, "huge.csv", new byte[4 * 1024 * 1024]);
		assertThat(huge.statusCode()).as("past the servlet's own cap: a clear answer, not a 5xx").isEqualTo(413);
		assertThat(huge.body()).contains("檔案太大", "too large");
		HttpResponse<String> large = upload(id, "large.csv", new byte[PaperForms.MAX_BYTES + 1]);
		assertThat(large.body()).contains("檔案超過 2 MB");
		assertThat(this.roster.all(id)).hasSize(2);

		HttpResponse<String> unknown = upload(id, "other.csv", "姓名 Name,暱稱\r\n王小明,明\r\n".getBytes());
		assertThat(unknown.body()).contains("不認得這一欄");
	}

	@Test
	void anExcelDateIsADateAndAFormulaIsReadAsItsTextNeverRun() throws IOException {
		String id = newId();
		create(id, Map.of("capacity", ""));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("forms");
		List<String> headers = PaperForms.headers();
		List<String> cells = form("x", "A123456789", "tung@taichung.gov.tw");
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.value(1, c, cells.get(c));
		}
		sheet.formula(1, 0, "CONCATENATE(\"王\",\"大同\")");
		sheet.value(1, headers.indexOf("出生年月日 Date of birth"), java.time.LocalDate.of(1985, 3, 14));
		sheet.style(1, headers.indexOf("出生年月日 Date of birth")).format("yyyy/mm/dd").set();
		workbook.finish();

		HttpResponse<String> stored = upload(id, "excel.xlsx", out.toByteArray());
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
		Registration registration = this.roster.all(id).get(0);
		assertThat(registration.name()).isEqualTo("=CONCATENATE(\"王\",\"大同\")");
		assertThat(registration.applicant().birthDate().value()).isEqualTo(java.time.LocalDate.of(1985, 3, 14));
		assertThat(this.browser.get("/console/workshops/" + id).body())
			.contains("=CONCATENATE(&quot;王&quot;,&quot;大同&quot;)");
	}

	@Test
	void theTemplateHasTheRostersFormColumns() throws IOException {
		String id = newId();
		create(id, Map.of());
		HttpResponse<byte[]> template = this.browser.bytes("/console/workshops/" + id + "/paper-forms/template.xlsx");
		assertThat(template.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template.body()))) {
			List<String> headers = workbook.getFirstSheet()
				.read()
				.get(0)
				.stream()
				.map((cell) -> cell.getText())
				.toList();
			assertThat(headers).containsExactlyElementsOf(PaperForms.headers()).startsWith("姓名 Name");
		}
	}

	@Test
	void theStreamLinkABindingCodeAndAnAnnouncementPreviewedThenSentWithItsReport() {
		String id = newId();
		create(id, Map.of("capacity", ""));
		upload(id, "forms.xlsx", xlsx(form("王大同", "A123456789", "tung@taichung.gov.tw")));
		String page = "/console/workshops/" + id + "/messages";

		HttpResponse<String> badLink = this.browser.submit(page, "/console/workshops/" + id + "/stream",
				Map.of("url", "javascript:alert(1)"));
		assertThat(badLink.statusCode()).isEqualTo(400);
		assertThat(badLink.body()).contains("id=\"stream-problem\"", "value=\"javascript:alert(1)\"");
		assertThat(this.deliveries.streamLink(id)).isEmpty();
		assertThat(this.browser
			.submit(page, "/console/workshops/" + id + "/stream", Map.of("url", "https://www.youtube.com/live/abc"))
			.statusCode()).isEqualTo(302);
		assertThat(this.deliveries.streamLink(id)).hasValueSatisfying((link) -> {
			assertThat(link.url()).isEqualTo("https://www.youtube.com/live/abc");
			assertThat(link.setBy()).isEqualTo(this.organizer);
		});

		this.browser.submit(page, "/console/workshops/" + id + "/binding-code", Map.of());
		assertThat(this.browser.get(page).body()).containsPattern("綁定 \\d{6}");

		HttpResponse<String> empty = this.browser.submit(page, "/console/workshops/" + id + "/announcements/preview",
				Map.of("text", " ", "audience", "both"));
		assertThat(empty.statusCode()).isEqualTo(400);
		HttpResponse<String> preview = this.browser.submit(page, "/console/workshops/" + id + "/announcements/preview",
				Map.of("text", "<b>明天</b>下午兩點見", "audience", "registrants"));
		assertThat(preview.body()).contains("公告 / Announcement", "&lt;b&gt;明天&lt;/b&gt;下午兩點見")
			.contains("會送到 0 個群組、0 位報名者；1 位報名者沒有連結 LINE")
			.contains("會用掉 0 則訊息額度");
		assertThat(this.deliveries.of(id)).as("a preview sends nothing").isEmpty();

		HttpResponse<String> sent = this.browser.submit(page, "/console/workshops/" + id + "/announcements",
				Map.of("text", "明天下午兩點見", "audience", "registrants"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(this.deliveries.of(id)).singleElement()
			.satisfies((status) -> assertThat(status.delivery().requestedBy()).isEqualTo(this.organizer));
		String report = this.browser.get(page).body();
		assertThat(report).contains("公告", "無法以 LINE 送達的 1 位", "tung@taichung.gov.tw", "沒有連結 LINE 帳號");
		String csv = report.replaceAll("(?s).*href=\"([^\"]*unreachable\\.csv)\".*", "$1");
		HttpResponse<String> download = this.browser.get(csv);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).contains("王大同", "tung@taichung.gov.tw", "沒有連結 LINE 帳號");
		assertThat(this.audit.latest(5)).anySatisfy((entry) -> {
			assertThat(entry.who()).isEqualTo(this.organizer);
			assertThat(entry.action()).isEqualTo("download.unreachable");
		});
	}

	@Test
	void attendanceCodesAndCorrectionsFollowTheApisRulesAndThePageRefreshesItsCounts() {
		String id = newId();
		create(id, Map.of("capacity", ""));
		upload(id, "forms.xlsx", xlsx(form("王大同", "A123456789", "tung@taichung.gov.tw")));
		String page = "/console/workshops/" + id + "/attendance";

		HttpResponse<String> same = this.browser.submit(page, "/console/workshops/" + id + "/attendance-codes",
				Map.of("checkIn", "AB12", "checkOut", "ab12"));
		assertThat(same.statusCode()).isEqualTo(400);
		assertThat(same.body()).contains("must be different codes");
		assertThat(this.browser
			.submit(page, "/console/workshops/" + id + "/attendance-codes", Map.of("checkIn", "IN26", "checkOut", ""))
			.statusCode()).isEqualTo(302);
		assertThat(this.codes.of(id)).isEqualTo(new AttendanceCodes.Codes("IN26", null));

		HttpResponse<String> withId = this.browser.submit(page, "/console/workshops/" + id + "/attendance-corrections",
				Map.of("registrationNo", id + "-0001", "wholeSession", "true", "reason", "紙本簽到 A123456789"));
		assertThat(withId.statusCode()).isEqualTo(400);
		assertThat(withId.body()).contains("no ID numbers in the reason").doesNotContain("A123456789");
		assertThat(this.corrections.all(id)).isEmpty();
		assertThat(this.browser
			.submit(page, "/console/workshops/" + id + "/attendance-corrections",
					Map.of("registrationNo", id + "-0001", "wholeSession", "true", "reason", "紙本簽到單"))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> refreshed = this.browser.get(page, "HX-Request", "true");
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(refreshed.body()).contains("id=\"live\"", "全程參與 1", "未到 1", "✓ 紙本簽到單（" + this.organizer + "）");
	}

	@Test
	void aRegistrationsHistoryAndErasingItsPersonalData() {
		String id = newId();
		create(id, Map.of());
		upload(id, "forms.xlsx", xlsx(form("王大同", "A123456789", "tung@taichung.gov.tw"),
				form("李小華", "F231212145", "hua@taichung.gov.tw")));
		String page = "/console/workshops/" + id + "/registrations/" + id + "-0001";
		assertThat(this.browser.get(page).body()).contains("王大同", "A12*****89", "報名", "主辦單位登錄 · 正取");

		assertThat(this.browser.submit(page, page + "/erase", Map.of()).statusCode()).isEqualTo(302);
		Registration erased = this.roster.find(id, id + "-0001").orElseThrow();
		assertThat(erased.isErased()).isTrue();
		String after = this.browser.get(page).body();
		assertThat(after).contains("已刪除個人資料", "取消報名", "刪除個人資料").doesNotContain("王大同", "A12*****89");
		assertThat(status(id, id + "-0002")).isEqualTo(Status.CONFIRMED);
		assertThat(this.audit.latest(5)).anySatisfy((entry) -> {
			assertThat(entry.who()).isEqualTo(this.organizer);
			assertThat(entry.action()).isEqualTo("registration.erase");
		});
	}

	@Test
	void withoutASessionEveryPageGoesToSignInAndEveryDownloadOrRefreshAnswers401() {
		String id = newId();
		create(id, Map.of());
		ConsoleClient anonymous = new ConsoleClient(this.port);
		for (String path : List.of("/console/workshops/new", "/console/workshops/" + id + "/edit",
				"/console/workshops/" + id + "/copy", "/console/workshops/" + id + "/paper-forms",
				"/console/workshops/" + id + "/messages", "/console/workshops/" + id + "/attendance",
				"/console/workshops/" + id + "/registrations/" + id + "-0001")) {
			HttpResponse<String> answer = anonymous.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/console/sign-in"));
		}
		assertThat(anonymous.get("/console/workshops/" + id + "/paper-forms/template.xlsx").statusCode())
			.isEqualTo(401);
		assertThat(anonymous.get("/console/workshops/" + id + "/deliveries/x/unreachable.csv").statusCode())
			.isEqualTo(401);
		assertThat(anonymous.get("/console/workshops/" + id + "/attendance", "HX-Request", "true").statusCode())
			.isEqualTo(401);
	}

	@Test
	void everyFormWithoutItsCsrfTokenIs403AndChangesNothing() {
		String id = newId();
		create(id, Map.of());
		upload(id, "forms.xlsx", xlsx(form("王大同", "A123456789", "tung@taichung.gov.tw")));
		String w = "/console/workshops/" + id;
		Map<String, String> posts = Map.of("/console/workshops", "title=x", w, "title=x&capacity=5", w + "/stream",
				"url=https://www.youtube.com/live/x", w + "/announcements", "text=hi&audience=both",
				w + "/binding-code", "", w + "/attendance-codes", "checkIn=AB12", w + "/attendance-corrections",
				"registrationNo=" + id + "-0001&wholeSession=true&reason=x", w + "/registrations/" + id + "-0001/erase",
				"", w + "/groups", "groupId=C0", w + "/paper-forms", "");
		posts.forEach((path, form) -> {
			assertThat(this.browser.post(path, form).statusCode()).as(path).isEqualTo(403);
			assertThat(this.browser.post(path, form + "&_csrf=wrong").statusCode()).as(path).isEqualTo(403);
		});
		assertThat(this.workshops.find(id).orElseThrow().capacity()).isEqualTo(1);
		assertThat(this.deliveries.streamLink(id)).isEmpty();
		assertThat(this.deliveries.of(id)).isEmpty();
		assertThat(this.codes.of(id)).isEqualTo(new AttendanceCodes.Codes(null, null));
		assertThat(this.corrections.all(id)).isEmpty();
		assertThat(this.roster.all(id)).singleElement().satisfies((r) -> assertThat(r.isErased()).isFalse());
	}

	private HttpResponse<String> create(String id, Map<String, String> changes) {
		Map<String, String> typed = new java.util.HashMap<>(Map.of("id", id, "title", "社區營造工作坊", "startsAt",
				local(start()), "endsAt", local(start().plus(Duration.ofHours(3))), "registrationClosesAt",
				local(start().minus(Duration.ofDays(1))), "learningHours", "3", "capacity", "1", "offices", "",
				"streamLinkAudience", "both"));
		typed.putAll(changes);
		return this.browser.submit("/console/workshops/new", "/console/workshops", typed);
	}

	/** The edit form's fields as shown, with these changed. */
	private Map<String, String> fields(Map<String, String> changes) {
		Map<String, String> typed = new java.util.HashMap<>(Map.of("title", "社區營造工作坊", "startsAt", local(start()),
				"endsAt", local(start().plus(Duration.ofHours(3))), "registrationClosesAt",
				local(start().minus(Duration.ofDays(1))), "learningHours", "3", "capacity", "1", "offices", "",
				"streamLinkAudience", "both"));
		typed.putAll(changes);
		return typed;
	}

	private HttpResponse<String> upload(String id, String filename, byte[] content) {
		return this.browser.upload("/console/workshops/" + id + "/paper-forms",
				"/console/workshops/" + id + "/paper-forms", filename, content);
	}

	private Status status(String id, String registrationNo) {
		return this.roster.find(id, registrationNo).orElseThrow().status();
	}

	/** Three days ahead of the simulated clock, on the minute. */
	private Instant start() {
		return this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
	}

	private static String local(Instant instant) {
		return instant.atZone(TAIPEI).toLocalDateTime().toString().substring(0, 16);
	}

	private static String newId() {
		return "console-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@SafeVarargs
	private static byte[] xlsx(List<String>... rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("forms");
			List<String> headers = PaperForms.headers();
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].size(); c++) {
					sheet.value(r + 1, c, rows[r].get(c));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
