package tw.workshopbot.admin;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What an organizer does with the roster through the admin API. */
class RegistrationApiTest extends IntegrationTest {

	/**
	 * A faxed form as an organizer keys it in; the ID and birth date as people write
	 * them.
	 */
	static final String FAXED_FORM = """
			{"name": "王小明", "office": "西屯", "section": "民政課", "title": "課員", "learningHours": true,
			 "nationalId": "a123456789", "birthDate": "74/03/14", "gender": "male", "email": "ming@taichung.gov.tw",
			 "dayPhone": "04-2228-9111#25204", "mobile": "0912345678", "address": "臺中市西屯區臺灣大道三段99號",
			 "youtubeId": "小明", "lineId": "ming"}""";

	private AdminApi api;

	private String workshopId;

	@BeforeEach
	void openWorkshop() {
		this.api = new AdminApi(this.port);
		this.workshopId = createWorkshop(null);
	}

	@Test
	void refusesCallersWithoutTheAdminToken() throws Exception {
		var anonymous = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(
						"http://localhost:" + this.port + "/api/workshops/" + this.workshopId + "/registrations.csv"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void importsAFaxedFormAndShowsItMasked() {
		JsonNode imported = this.api.call("POST", registrations(), FAXED_FORM, 201);

		assertThat(imported.get("registrationNo").asString()).isEqualTo(this.workshopId + "-0001");
		assertThat(imported.get("status").asString()).isEqualTo("confirmed");
		assertThat(imported.get("claimCode").asString()).matches("[A-HJ-NP-Z2-9]{6}");
		JsonNode listed = this.api.call("GET", registrations(), null, 200).get(0);
		assertThat(listed.get("nationalId").asString()).isEqualTo("A12*****89");
		assertThat(listed.get("birthDate").asString()).isEqualTo("1985-**-**");
		assertThat(listed.get("office").asString()).isEqualTo("西屯區公所");
		assertThat(listed.get("gender").asString()).isEqualTo("男");
		assertThat(listed.get("enteredBy").asString()).isEqualTo("admin");
		assertThat(listed.get("lineUserId").isNull()).isTrue();
		assertThat(listed.get("claimCode").asString()).isEqualTo(imported.get("claimCode").asString());
		assertThat(listed.get("createdAt").asString()).endsWith("+08:00");
	}

	@Test
	void importsNothingWhenAnyRowIsBadAndListsEveryProblem() {
		String rows = "[" + FAXED_FORM + ","
				+ FAXED_FORM.replace("a123456789", "A123456788").replace("\"email\": \"ming@taichung.gov.tw\",", "")
				+ "," + FAXED_FORM.replace("0912345678", "12345").replace("\"lineId\"", "\"lineID\"") + "]";

		JsonNode problem = this.api.call("POST", registrations(), rows, 400);

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("nationalId", "email", "lineID",
				"mobile", "lineId");
		assertThat(problem.get("errors").findValues("row")).extracting(JsonNode::asInt).containsExactly(2, 2, 3, 3, 3);
		assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("身分證字號格式不正確")
			.contains(" / That ID number is not valid");
		assertThat(this.api.call("GET", registrations(), null, 200)).isEmpty();
	}

	@Test
	void refusesLineUserIdsOfAnyShapeButLines() {
		String good = "U" + "0123456789abcdef".repeat(2);
		StringBuilder rows = new StringBuilder("[");
		List<String> ids = List.of(good, "../../x", "C" + "a".repeat(32), "u" + "b".repeat(32), "U" + "B".repeat(32),
				"U" + "c".repeat(31));
		for (int i = 0; i < ids.size(); i++) {
			rows.append(i > 0 ? "," : "")
				.append(FAXED_FORM.replace("\"nationalId\": \"a123456789\", \"birthDate\": \"74/03/14\", ", "")
					.replace("\"learningHours\": true", "\"learningHours\": false")
					.replace("{", "{\"lineUserId\":\"" + ids.get(i) + "\","));
		}

		JsonNode problem = this.api.call("POST", registrations(), rows.append(']').toString(), 400);

		assertThat(problem.get("errors").findValuesAsString("field")).containsOnly("lineUserId");
		assertThat(problem.get("errors").findValues("row")).extracting(JsonNode::asInt).containsExactly(2, 3, 4, 5, 6);
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("U 加上 32 個小寫十六進位字元");
		assertThat(this.api.call("GET", registrations(), null, 200)).isEmpty();
	}

	@Test
	void refusesAnIdNumberAlreadyRegistered() {
		this.api.call("POST", registrations(), FAXED_FORM, 201);

		JsonNode problem = this.api.call("POST", registrations(),
				"[" + FAXED_FORM.replace("王小明", "王大明").replace("a123456789", "F231212145") + ","
						+ FAXED_FORM.replace("a123456789", "Ａ１２３４５６７８９") + "]",
				400);

		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(problem.get("errors").get(0).get("message").asString()).contains(this.workshopId + "-0001");
		assertThat(this.api.call("GET", registrations(), null, 200)).hasSize(1);
	}

	@Test
	void exportsACsvThatExcelReadsAndThatRunsNoFormula() throws Exception {
		this.api.call("POST", registrations(), FAXED_FORM.replace("王小明", "=HYPERLINK(\\\"http://x\\\")"), 201);

		HttpResponse<byte[]> csv = this.api.download(registrations() + ".csv");

		byte[] body = csv.body();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment"));
		List<CSVRecord> records = CSVFormat.EXCEL
			.parse(new java.io.StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(0).get(0)).isEqualTo("報名編號 Registration no.");
		CSVRecord row = records.get(1);
		assertThat(row.get(3)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(row.get(8)).isEqualTo("A12*****89");
		assertThat(row.get(9)).isEqualTo("1985-**-**");
		assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("A123456789");
	}

	@Test
	void exportsAnXlsxWithTextCellsAndMaskedIds() throws Exception {
		this.api.call("POST", registrations(), FAXED_FORM.replace("王小明", "=1+2"), 201);

		HttpResponse<byte[]> xlsx = this.api.download(registrations() + ".xlsx");

		assertThat(xlsx.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(4)).isEqualTo("區公所 Office");
			Row row = rows.get(1);
			assertThat(row.getCellText(0)).isEqualTo(this.workshopId + "-0001");
			assertThat(row.getCell(3).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCellText(3)).isEqualTo("=1+2");
			assertThat(row.getCellText(8)).isEqualTo("A12*****89");
		}
	}

	@Test
	void cancellingPromotesTheFirstWaitingAndErasingKeepsAnAnonymousRecord() {
		String small = createWorkshop(1);
		String path = "/api/workshops/" + small + "/registrations";
		JsonNode seats = this.api.call("POST", path,
				"[" + FAXED_FORM + "," + FAXED_FORM.replace("true", "false").replace("王小明", "李小華") + "]", 201);
		assertThat(seats.findValuesAsString("status")).containsExactly("confirmed", "waitlisted");

		JsonNode cancelled = this.api.call("DELETE", path + "/" + small + "-0001", null, 200);

		assertThat(cancelled.get("registration").get("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.get("promoted").get(0).asString()).isEqualTo(small + "-0002");
		JsonNode erased = this.api.call("DELETE", path + "/" + small + "-0001/personal-data", null, 200)
			.get("registration");
		assertThat(erased.get("name").isNull()).isTrue();
		assertThat(erased.get("nationalId").isNull()).isTrue();
		assertThat(erased.get("office").asString()).isEqualTo("西屯區公所");
		assertThat(erased.get("erasedAt").asString()).endsWith("+08:00");
		this.api.call("DELETE", path + "/" + small + "-0099", null, 404);
	}

	@Test
	void takesImportsAfterTheDeadlineButNotAfterTheWorkshop() {
		this.clock.advance(Duration.ofDays(2).plusHours(1));
		this.api.call("POST", registrations(), FAXED_FORM, 201);

		this.clock.advance(Duration.ofDays(1).plusHours(1));

		JsonNode problem = this.api.call("POST", registrations(), FAXED_FORM.replace("a123456789", "F231212145"), 409);
		assertThat(problem.get("detail").asString()).contains("已經結束");
	}

	@Test
	void answersBadRequestsAndUnknownWorkshopsWithProblemsNeverAServerError() {
		assertThat(this.api.call("POST", registrations(), "{\"name\": ", 400).get("status").asInt()).isEqualTo(400);
		assertThat(this.api.call("POST", registrations(), "[]", 400).get("errors").get(0).get("message").asString())
			.startsWith("沒有任何報名資料");
		assertThat(this.api.call("POST", registrations(), "[1]", 400).get("errors").get(0).get("row").asInt())
			.isEqualTo(1);
		this.api.call("GET", "/api/workshops/nope/registrations.xlsx", null, 404);
		this.api.call("POST", "/api/workshops/nope/registrations", FAXED_FORM, 404);
	}

	private String registrations() {
		return "/api/workshops/" + this.workshopId + "/registrations";
	}

	private String createWorkshop(Integer capacity) {
		Instant now = this.clock.instant();
		String body = """
				{"title": "期初討論工作坊", "startsAt": "%s", "endsAt": "%s", "registrationClosesAt": "%s",
				 "learningHours": 2, "capacity": %s}""".formatted(now.plus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), now.plus(Duration.ofDays(2)), capacity);
		return this.api.call("POST", "/api/workshops", body, 201).get("id").asString();
	}

}
