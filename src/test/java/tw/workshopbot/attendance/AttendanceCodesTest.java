package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tw.workshopbot.support.AdminApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes shown on the livestream: asked for when set, the tap's time kept while the person
 * types, wrong ones refused, five wrong ones lock the person out for ten minutes.
 */
class AttendanceCodesTest extends AttendanceTest {

	private AdminApi admin;

	@BeforeEach
	void theOrganizerSetsTwoCodes() {
		this.admin = new AdminApi(this.port);
		this.admin.call("PUT", "/api/workshops/A1/attendance-codes", """
				{"checkIn": "4721", "checkOut": "ab 88"}""", 200);
	}

	@Test
	void aCheckInAsksForTheCodeAndKeepsTheTimeOfTheTap() {
		Instant tap = this.workshop.startsAt().minusSeconds(30);

		assertThat(tapsAt(this.person, "簽到", tap).text()).contains("簽到碼");
		this.clock.advance(Duration.between(this.clock.instant(), this.workshop.startsAt().plusSeconds(90)));
		assertThat(this.person.says("1234").text()).contains("代碼不正確");
		assertThat(this.book.checkedIn("A1", "A1-0001")).isEmpty();

		assertThat(this.person.says("４７２１").text()).contains("已簽到（", "準時");
		assertThat(this.book.checkedIn("A1", "A1-0001").orElseThrow().at()).isEqualTo(tap);
	}

	@Test
	void theCheckInCodeDoesNotCheckOut() {
		tapsAt(this.person, "簽到", this.workshop.startsAt());
		this.person.says("4721");

		assertThat(tapsAt(this.person, "簽退", this.workshop.endsAt()).text()).contains("簽退碼");
		assertThat(this.person.says("4721").text()).contains("代碼不正確");
		assertThat(this.person.says("AB88").text()).contains("全程參與，將核發 2 小時學習時數");
	}

	@Test
	void fiveWrongCodesLockThePersonOutForTenMinutes() {
		tapsAt(this.person, "簽到", this.workshop.startsAt());
		for (int i = 0; i < 4; i++) {
			assertThat(this.person.says("000" + i).text()).contains("代碼不正確");
		}
		assertThat(this.person.says("0004").text()).contains("錯誤次數太多");

		tapsAt(this.person, "簽到", this.workshop.startsAt());
		assertThat(this.person.says("4721").text()).contains("錯誤次數太多");
		assertThat(this.book.checkedIn("A1", "A1-0001")).isEmpty();

		this.clock.advance(Duration.ofMinutes(10));
		Instant later = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		tapsAt(this.person, "簽到", later);
		assertThat(this.person.says("4721").text()).contains("已簽到");
		assertThat(this.book.checkedIn("A1", "A1-0001").orElseThrow().at()).isEqualTo(later);
	}

	@Test
	void anotherCommandWhileAskedIsAnsweredAndTheQuestionStaysOpen() {
		tapsAt(this.person, "簽到", this.workshop.startsAt());

		assertThat(this.person.says("我的報名").text()).contains("A1-0001").doesNotContain("代碼不正確");
		assertThat(this.person.says("4721").text()).contains("已簽到");
	}

	@Test
	void cancellingWhileAskedRecordsNothing() {
		tapsAt(this.person, "簽到", this.workshop.startsAt());

		assertThat(this.person.says("取消").text()).contains("已取消");
		assertThat(this.book.checkedIn("A1", "A1-0001")).isEmpty();
	}

	@Test
	void codesAreTwoDifferentShortWordsAndCanBeTurnedOff() {
		this.admin.call("PUT", "/api/workshops/A1/attendance-codes", """
				{"checkIn": "4721", "checkOut": " 4721 "}""", 400);
		this.admin.call("PUT", "/api/workshops/A1/attendance-codes", """
				{"checkIn": "簽到"}""", 400);
		this.admin.call("PUT", "/api/workshops/NOPE/attendance-codes", "{}", 404);
		assertThat(this.admin.call("GET", "/api/workshops/A1/attendance-codes", null, 200).path("checkOut").asString())
			.isEqualTo("AB88");

		this.admin.call("PUT", "/api/workshops/A1/attendance-codes", "{}", 200);
		assertThat(tapsAt(this.person, "簽到", this.workshop.startsAt()).text()).contains("已簽到");
	}

}
