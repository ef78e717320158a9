package tw.workshopbot.attendance;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.registration.Roster;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who signed up on paper checks in from LINE: the claim code or, with hours, the
 * ID number links the registration, and the check-in counts from the tap.
 */
class PaperCheckInTest extends AttendanceTest {

	private static final String MAILED = "Umailed000000000000000000000001";

	@Autowired
	private Roster roster;

	@Test
	void theClaimCodeLinksThePaperRegistrationAndChecksIn() {
		String code = onPaper("B123456780");
		ChatUser mailed = user(MAILED);
		Instant tap = this.workshop.startsAt().minusSeconds(10);

		assertThat(tapsAt(mailed, "簽到", tap).text()).contains("若您以郵寄或傳真報名");
		String answer = mailed.says(code.toLowerCase()).text();

		assertThat(answer).contains("認領成功", "A1-0002", "已簽到（", "準時");
		assertThat(this.book.checkedIn("A1", "A1-0002").orElseThrow().at()).isEqualTo(tap);
		assertThat(this.roster.find("A1", "A1-0002").orElseThrow().lineUserId()).isEqualTo(MAILED);
	}

	@Test
	void theIdNumberDoesTooForThoseWhoAskedForHours() {
		onPaper("B123456780");
		ChatUser mailed = user(MAILED);
		tapsAt(mailed, "簽到", this.workshop.startsAt().plusSeconds(5));

		assertThat(mailed.says("E120000118").text()).contains("找不到這筆報名");
		String answer = mailed.says("b123456780").text();

		assertThat(answer).contains("認領成功", "已簽到（", "遲到，將無法取得學習時數");
		assertThat(this.book.checkedIn("A1", "A1-0002")).isPresent();
	}

	@Test
	void someoneElsesIdNumberLinksNothing() {
		ChatUser stranger = user(MAILED);
		tapsAt(stranger, "簽到", this.workshop.startsAt());

		assertThat(stranger.says("A123456789").text()).contains("已經被使用過").doesNotContain("已簽到");
		assertThat(this.roster.find("A1", "A1-0001").orElseThrow().lineUserId()).isEqualTo(PERSON);
		assertThat(this.book.allCheckIns("A1")).isEmpty();
	}

	@Test
	void aTamperedWalkInButtonRecordsNothing() {
		ChatUser stranger = user(MAILED);

		String answer = stranger.sends(WebhookEvent.postback(MAILED, "attend=walkin&w=A1")).text();

		assertThat(answer).contains("已逾時");
		assertThat(this.book.allWalkIns("A1")).isEmpty();
	}

}
