package tw.workshopbot.dialog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.privacy.DataCipher;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.RedisMonitor;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each person's one dialog state: read once per message, a global command before the open
 * question, a short question asked on top of a sign-up that goes on beneath it.
 */
class DialogStateTest extends IntegrationTest {

	@Autowired
	private Workshops workshops;

	@Autowired
	private DataCipher cipher;

	@Autowired
	private OldSignups oldSignups;

	private final StringBuilder transcript = new StringBuilder();

	@BeforeEach
	void aWorkshopOpenForSignUp() {
		Instant starts = this.clock.instant().plus(Duration.ofDays(3));
		this.workshops.insert(new Workshop("D1", "對話測試工作坊", null, starts, starts.plus(Duration.ofHours(2)),
				starts.minus(Duration.ofDays(1)), null, null, null, List.of(new Office("西屯區公所", false, false)),
				List.of()));
	}

	@Test
	void aTextInTheMiddleOfASignUpReadsThePersonsStateOnce() throws Exception {
		ChatUser person = new ChatUser("U" + "d".repeat(32), this.webhook, this.transcript);
		person.says("報名");
		assertThat(person.taps("同意").lastLine()).isEqualTo("姓名");

		List<String> commands;
		try (RedisMonitor monitor = RedisMonitor.start()) {
			assertThat(person.says("王小明").lastLine()).isEqualTo("區公所");
			await().until(this::nothingPending);
			commands = monitor.commands();
		}

		String mine = "wb:user:{" + person.userId() + "}:";
		assertThat(commands).filteredOn((line) -> line.contains(mine + "dialog") && line.contains("\"GET\""))
			.hasSize(1);
		assertThat(commands).filteredOn((line) -> line.contains(mine + "dialog") && line.contains("\"SET\""))
			.hasSize(1);
		assertThat(commands).noneMatch((line) -> line.contains(mine + "signup") || line.contains("attendance-pending")
				|| line.contains(":draft:") || line.contains("pending-link"));
	}

	@Test
	void aJobTitleThatIsACommandsWordWithoutItsArgumentIsAnAnswer() {
		ChatUser person = new ChatUser("U" + "e".repeat(32), this.webhook, this.transcript);
		person.says("報名");
		person.taps("同意");
		person.says("王小明");
		assertThat(person.says("西屯").lastLine()).isEqualTo("課室");
		// 「管理員」 is a section's name here, not 管理員 <code> redeeming an invitation.
		assertThat(person.says("管理員").lastLine()).as(this.transcript.toString()).isEqualTo("職稱");
	}

	@Test
	void aCheckInAskedDuringASignUpLeavesTheSignUpWhereItWas() {
		Instant began = this.clock.instant().minus(Duration.ofMinutes(5));
		this.workshops.insert(new Workshop("D2", "正在進行的工作坊", null, began, began.plus(Duration.ofHours(2)),
				began.minus(Duration.ofDays(1)), null, null, null, List.of(new Office("西屯區公所", false, false)),
				List.of()));
		ChatUser person = new ChatUser("U" + "f".repeat(32), this.webhook, this.transcript);
		person.says("報名");
		assertThat(person.taps("同意").lastLine()).isEqualTo("姓名");

		assertThat(person.says("簽到").text()).contains("找不到您在「正在進行的工作坊」的報名");
		// No claim code: the sign-up beneath takes it, and the check-in question stays.
		assertThat(person.says("王小明").lastLine()).as(this.transcript.toString()).isEqualTo("區公所");
		assertThat(person.says("取消").text()).as(this.transcript.toString()).contains("已取消");
		assertThat(person.says("西屯").lastLine()).as(this.transcript.toString()).isEqualTo("課室");
	}

	@Test
	void aSignUpUnderWayBeforeTheUpgradeGoesOnWhereItWas() {
		String userId = "U" + "0".repeat(32);
		long expires = this.clock.instant().plus(Duration.ofHours(20)).toEpochMilli();
		String old = "{\"purpose\":\"SELF\",\"workshopId\":\"D1\",\"step\":{\"step\":\"question\","
				+ "\"question\":\"NAME\",\"fromSummary\":false},\"answers\":{},\"consentedAt\":"
				+ this.clock.instant().toEpochMilli() + ",\"noticeVersion\":\"2026-12\",\"registrationNo\":null,"
				+ "\"expiresAt\":" + expires + ",\"lastEventId\":null}";
		this.redis.opsForValue()
			.set("wb:user:{" + userId + "}:signup", this.cipher.seal(old, "signup.conversation." + userId));

		this.oldSignups.run();

		assertThat(this.redis.hasKey("wb:user:{" + userId + "}:signup")).isFalse();
		ChatUser person = new ChatUser(userId, this.webhook, this.transcript);
		assertThat(person.says("王小明").lastLine()).as(this.transcript.toString()).isEqualTo("區公所");
	}

}
