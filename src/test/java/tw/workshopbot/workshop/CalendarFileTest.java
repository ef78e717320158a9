package tw.workshopbot.workshop;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 加入行事曆: a workshop's calendar file, open to calendar apps, with nothing personal. */
class CalendarFileTest extends IntegrationTest {

	@Autowired
	private Workshops workshops;

	@Test
	void aCalendarAppGetsTheWorkshopInUtcWithoutAToken() throws Exception {
		this.workshops.insert(new Workshop("CAL", "期初討論工作坊", null, Instant.parse("2026-12-02T06:00:00Z"),
				Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-01T06:00:00Z"), "臺中市政府文化局 3 樓",
				BigDecimal.valueOf(2), null, List.of(),
				List.of(new Contact("主辦單位", "臺中市政府文化局", null, null, null, null))));

		HttpResponse<String> response = get("/api/workshops/CAL/calendar.ics");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
		assertThat(response.body()).contains("BEGIN:VCALENDAR", "SUMMARY:期初討論工作坊", "DTSTART:20261202T060000Z",
				"DTEND:20261202T080000Z", "LOCATION:臺中市政府文化局 3 樓");
	}

	@Test
	void longChineseLinesAreFoldedAt75OctetsAndUnfoldToTheSameText() throws Exception {
		String title = "臺中市區公所社區營造夥伴培力計畫期中分享與成果交流工作坊（第二梯次）🎉" + "社造".repeat(20);
		this.workshops.insert(new Workshop("FOLD", title, null, Instant.parse("2026-12-02T06:00:00Z"),
				Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-01T06:00:00Z"), null,
				BigDecimal.valueOf(2), null, List.of(), List.of()));

		String body = get("/api/workshops/FOLD/calendar.ics").body();

		assertThat(body.split("\r\n"))
			.allSatisfy((line) -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(75));
		assertThat(body.replace("\r\n ", "")).contains("SUMMARY:" + title + "\r\n");
	}

	@Test
	void anUnknownWorkshopIsNotFound() throws Exception {
		assertThat(get("/api/workshops/NOPE/calendar.ics").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
