package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.registration.Channel;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 簽到 and 簽退 in chat: timed by the tap, on time or late, complete or early (asked first),
 * once, and never answered in a group.
 */
class CheckInChatTest extends AttendanceTest {

	@Autowired
	private Organizers organizers;

	private static final String WALK_IN = "Uwalkin0000000000000000000000001";

	@Test
	void theTapsTimestampDecidesNotWhenTheBotGetsToIt() {
		Instant starts = this.workshop.startsAt();
		this.clock.advance(Duration.between(this.clock.instant(), starts.plusSeconds(300)));

		String answer = tapsAt(this.person, "簽到", starts).text();

		assertThat(answer).contains("已簽到（", "準時");
		assertThat(this.book.checkedIn("A1", "A1-0001").orElseThrow().at()).isEqualTo(starts);
	}

	@Test
	void aCheckInAMillisecondLateSaysNoHours() {
		String answer = tapsAt(this.person, "簽到", this.workshop.startsAt().plusMillis(1)).text();

		assertThat(answer).contains("遲到，將無法取得學習時數");
	}

	@Test
	void aSecondCheckInChangesNothingAndSaysSo() {
		Instant first = this.workshop.startsAt().minusSeconds(60);
		tapsAt(this.person, "簽到", first);

		assertThat(tapsAt(this.person, "簽到", this.workshop.startsAt().plusSeconds(600)).text()).contains("不必再簽一次");
		assertThat(this.book.checkedIn("A1", "A1-0001").orElseThrow().at()).isEqualTo(first);
	}

	@Test
	void twoTapsAtOnceRecordOneCheckIn() {
		Instant first = this.workshop.startsAt().minusSeconds(60);
		this.webhook.deliver(WebhookEvent.text(PERSON, "簽到").at(first),
				WebhookEvent.text(PERSON, "簽到").at(first.plusMillis(300)));

		await().atMost(Duration.ofSeconds(5)).until(this::nothingPending);
		assertThat(this.book.checkedIn("A1", "A1-0001").orElseThrow().at()).isEqualTo(first);
	}

	@Test
	void anEarlyCheckOutIsAskedFirstAndAWholeSessionEarnsTheHours() {
		tapsAt(this.person, "簽到", this.workshop.startsAt().minusSeconds(60));

		ChatUser.Answer early = tapsAt(this.person, "簽退", this.workshop.endsAt().minusSeconds(600));
		assertThat(early.text()).contains("現在簽退將無法取得學習時數，確定簽退？");
		assertThat(this.person.taps("先不要").text()).contains("還沒有簽退");
		assertThat(this.book.checkedOut("A1", "A1-0001")).isEmpty();

		String whole = tapsAt(this.person, "簽退", this.workshop.endsAt()).text();
		assertThat(whole).contains("全程參與，將核發 2 小時學習時數");
		assertThat(this.book.checkedOut("A1", "A1-0001").orElseThrow().missedPart()).isFalse();
	}

	@Test
	void confirmingAnEarlyCheckOutRecordsTheTimeOfTheTap() {
		tapsAt(this.person, "簽到", this.workshop.startsAt().minusSeconds(60));
		Instant leaving = this.workshop.endsAt().minusSeconds(600);
		tapsAt(this.person, "簽退", leaving);

		assertThat(this.person.taps("確定簽退").text()).contains("提早離開");
		AttendanceBook.Mark out = this.book.checkedOut("A1", "A1-0001").orElseThrow();
		assertThat(out.at()).isEqualTo(leaving);
		assertThat(out.missedPart()).isTrue();
	}

	@Test
	void outsideTheWindowsTheBotSaysWhen() {
		assertThat(tapsAt(this.person, "簽到", this.workshop.startsAt().minusSeconds(1801)).text()).contains("將於", "開放");
		assertThat(tapsAt(this.person, "簽退", this.workshop.startsAt()).text()).contains("還沒有簽到");
		assertThat(tapsAt(this.person, "簽到", this.workshop.endsAt()).text()).contains("簽到已經截止");
		assertThat(tapsAt(this.person, "簽到", this.workshop.endsAt().minusMillis(1)).text()).contains("遲到");
		assertThat(tapsAt(this.person, "簽退", this.workshop.endsAt().plus(Duration.ofMinutes(60))).text())
			.contains("簽退已經截止");
		assertThat(tapsAt(this.person, "簽到", this.workshop.endsAt().plus(Duration.ofMinutes(90))).text())
			.contains("簽到已經截止");
		assertThat(this.book.checkedOut("A1", "A1-0001")).isEmpty();
	}

	@Test
	void someoneWithoutARegistrationIsAWalkInWithoutHours() {
		ChatUser stranger = user(WALK_IN);

		assertThat(tapsAt(stranger, "簽到", this.workshop.startsAt()).text()).contains("若您以郵寄或傳真報名", "認領碼");
		assertThat(stranger.taps("未報名，現場參加").text()).contains("找不到您的報名", "無法取得學習時數");
		assertThat(this.book.allWalkIns("A1")).containsOnlyKeys(WALK_IN);
		assertThat(this.book.allWalkIns("A1").get(WALK_IN).at()).isEqualTo(this.workshop.startsAt());
	}

	@Test
	void theAttendanceApiAppliesTheWholeSessionRule() {
		ChatUser late = user("Ulate00000000000000000000000001");
		this.registrations.register(this.workshop,
				List.of(SampleForm.withHours(this.workshop, late.userId(), today(), "F221000008")), Channel.ORGANIZER);
		tapsAt(this.person, "簽到", this.workshop.startsAt());
		tapsAt(this.person, "簽退", this.workshop.endsAt());
		tapsAt(late, "簽到", this.workshop.startsAt().plusSeconds(60));
		tapsAt(late, "簽退", this.workshop.endsAt());
		ChatUser stranger = user(WALK_IN);
		tapsAt(stranger, "簽到", this.workshop.startsAt());
		stranger.taps("未報名，現場參加");

		JsonNode rows = new AdminApi(this.port).call("GET", "/api/workshops/A1/attendance", null, 200);

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).path("registrationNo").asString()).isEqualTo("A1-0001");
		assertThat(rows.get(0).path("hoursGranted").asInt()).isEqualTo(2);
		assertThat(rows.get(0).path("checkedInAt").asString()).endsWith("+08:00");
		assertThat(rows.get(1).path("late").asBoolean()).isTrue();
		assertThat(rows.get(1).path("hoursGranted").asInt()).isZero();
		assertThat(rows.get(2).path("walkIn").asBoolean()).isTrue();
		assertThat(rows.toString()).doesNotContain("A123456789", "F221000008");
	}

	@Test
	void organizersAskForTheNumbersInChatAndNobodyElseGetsThem() {
		ChatUser organizer = user("Uorganizer0000000000000000000001");
		this.organizers.redeem(this.organizers.invite("admin").code(), organizer.userId());
		tapsAt(this.person, "簽到", this.workshop.startsAt().plusSeconds(60));
		this.clock.advance(Duration.between(this.clock.instant(), this.workshop.startsAt().plusSeconds(120)));

		assertThat(organizer.says("出席統計").text()).contains("「期初討論工作坊」出席統計", "遲到 1 人", "尚未簽退 1 人");
		assertThat(this.person.says("出席統計").text()).contains("只有主辦單位").doesNotContain("出席統計：");
	}

	@Test
	void inAGroupTheAnswerLeadsToTheOneToOneChat() {
		String answer = this.person.sends(WebhookEvent.text(PERSON, "簽到").inGroup("Cgroup1", PERSON)).json();

		assertThat(answer).contains("oaMessage").doesNotContain("postback", "已簽到");
		assertThat(this.book.checkedIn("A1", "A1-0001")).isEmpty();
	}

}
