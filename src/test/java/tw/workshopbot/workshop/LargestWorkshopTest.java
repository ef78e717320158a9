package tw.workshopbot.workshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.ChatUser.Answer;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workshop with every field at its documented maximum, and a person who answers every
 * question at its longest: each message the bot builds from them is one LINE takes (the
 * checks after each test validate every request against LINE's spec and limits).
 */
class LargestWorkshopTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StringBuilder transcript = new StringBuilder();

	private static final String ORGANIZER = "U" + "0".repeat(31) + "1";

	@Autowired
	private Organizers organizers;

	@Test
	void aWorkshopAtEveryLimitIsTakenAndEachMessageBuiltFromItFitsLine() throws Exception {
		this.organizers.redeem(this.organizers.invite("admin").code(), ORGANIZER);
		AdminApi api = new AdminApi(this.port);
		OffsetDateTime starts = this.clock.instant().atOffset(ZoneOffset.ofHours(8)).plusDays(3);
		JsonNode created = api.call("POST", "/api/workshops", largest(starts), 201);
		assertThat(created.path("offices")).hasSize(WorkshopLimits.OFFICES);
		assertThat(created.path("contacts")).hasSize(WorkshopLimits.CONTACTS);

		// Registration closes in two days: the warning of required offices without anyone
		// goes out at once, all 120 of them named.
		await().atMost(Duration.ofSeconds(10)).until(() -> pushed(ORGANIZER, "必須參加"));

		ChatUser person = new ChatUser("U" + "a".repeat(32), this.webhook, this.transcript);
		Answer notice = person.says("報名");
		assertThat(notice.text()).contains("組".repeat(WorkshopLimits.TITLE));
		person.taps("同意");
		Answer offices = person.says("名".repeat(100));
		assertThat(offices.labels()).contains(office(0), office(WorkshopLimits.OFFICES - 1));
		assertThat(person.says(office(WorkshopLimits.OFFICES - 1)).lastLine()).isEqualTo("課室");
		person.says("課".repeat(100));
		person.says("職".repeat(100));
		person.taps("需要");
		person.says("A123456789");
		person.says("1985-03-14");
		person.taps("女");
		person.says("a".repeat(60) + "@" + "b".repeat(50) + ".gov.tw");
		person.says("04-2228-9111#123");
		person.says("0912-345-678");
		person.says("址".repeat(200));
		person.says("頻".repeat(100));
		Answer summary = person.taps(LineApi.DISPLAY_NAME);
		assertThat(summary.labels()).contains("確認送出");
		Answer done = person.taps("確認送出");
		assertThat(done.text()).contains("報名完成", "L1-0001");
		assertThat(person.says("我的報名").text()).contains("L1-0001");

		String counts = new ChatUser(ORGANIZER, this.webhook, this.transcript).says("報名統計").text();
		assertThat(counts).contains(office(WorkshopLimits.OFFICES - 1) + " 1", office(0));

		api.call("PUT", "/api/workshops/L1/stream", "{\"url\": \"https://www.youtube.com/watch?v=abc123\"}", 200);
		this.clock.advance(Duration.ofDays(3));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> LineApi.requests()
				.stream()
				.anyMatch((event) -> event.getRequest().getUrl().endsWith("/multicast")
						&& event.getRequest().getBodyAsString().contains("abc123")));

		HttpResponse<String> calendar = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/workshops/L1/calendar.ics"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.body()).contains("BEGIN:VEVENT");
	}

	private static boolean pushed(String to, String text) {
		return LineApi.requests()
			.stream()
			.anyMatch((event) -> event.getRequest().getUrl().endsWith("/push")
					&& event.getRequest().getBodyAsString().contains(to)
					&& event.getRequest().getBodyAsString().contains(text));
	}

	/** The 0-based i-th office, 30 characters: 第…公所 with its number. */
	private static String office(int i) {
		String number = String.format("%03d", i);
		return "第" + "十".repeat(WorkshopLimits.OFFICE_NAME - 3 - number.length()) + number + "公所";
	}

	private static String largest(OffsetDateTime starts) {
		List<Map<String, Object>> offices = new ArrayList<>();
		for (int i = 0; i < WorkshopLimits.OFFICES; i++) {
			offices.add(Map.of("name", office(i), "required", true));
		}
		List<Map<String, Object>> contacts = new ArrayList<>();
		for (int i = 0; i < WorkshopLimits.CONTACTS; i++) {
			contacts.add(Map.of("role", "角".repeat(WorkshopLimits.CONTACT_ROLE), "organization",
					"機".repeat(WorkshopLimits.CONTACT_ORGANIZATION), "person",
					"人".repeat(WorkshopLimits.CONTACT_PERSON), "phone", "0".repeat(WorkshopLimits.CONTACT_PHONE), "fax",
					"1".repeat(WorkshopLimits.CONTACT_PHONE), "email",
					"e".repeat(WorkshopLimits.CONTACT_EMAIL - 9) + "@city.tw"));
		}
		Map<String, Object> workshop = Map.of("id", "L1", "title", "組".repeat(WorkshopLimits.TITLE), "series",
				"系".repeat(WorkshopLimits.SERIES), "venue", "場".repeat(WorkshopLimits.VENUE), "startsAt",
				starts.toString(), "endsAt", starts.plusHours(3).toString(), "registrationClosesAt",
				starts.minusDays(1).toString(), "learningHours", 3, "offices", offices, "contacts", contacts);
		return JSON.writeValueAsString(workshop);
	}

}
