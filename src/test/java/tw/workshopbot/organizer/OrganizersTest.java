package tw.workshopbot.organizer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is an organizer: invitations, refusals, removal, the audit trail and 報名統計. */
class OrganizersTest extends IntegrationTest {

	private static final String FORM = """
			{"name": "%s", "office": "%s", "section": "民政課", "title": "課員", "learningHours": %s,
			 %s "gender": "female", "email": "staff@taichung.gov.tw", "dayPhone": "04-2228-9111",
			 "mobile": "0912345678", "address": "臺中市西屯區臺灣大道三段99號", "youtubeId": "yt", "lineId": "line"}""";

	@Autowired
	private Workshops workshops;

	private AdminApi api;

	private ChatUser staff;

	@BeforeEach
	void aWorkshopWithRequiredOffices() {
		this.api = new AdminApi(this.port);
		Instant starts = this.clock.instant().plus(Duration.ofDays(3));
		this.workshops.insert(new Workshop("T1", "期初討論工作坊", null, starts, starts.plus(Duration.ofHours(2)),
				starts.minus(Duration.ofDays(1)), null, BigDecimal.valueOf(2), null,
				List.of(new Office("中區區公所", true, false), new Office("西屯區公所", true, false),
						new Office("南屯區公所", false, false), new Office("其他單位", false, true)),
				List.of(new Contact("主辦單位", "臺中市政府文化局", "陳小姐", "04-2228-9111", null, null))));
		this.staff = new ChatUser("Ustaff0001", this.webhook, new StringBuilder());
	}

	@Test
	void anInvitationCodeWorksOnceAndEveryStepIsInTheAuditTrail() {
		String code = this.api.call("POST", "/api/organizers/invitations", null, 201).path("code").asString();
		assertThat(code).matches("\\d{6}");

		assertThat(this.staff.says("管理員 " + code).text()).contains("您已成為管理員");
		ChatUser other = new ChatUser("Uother0002", this.webhook, new StringBuilder());
		assertThat(other.says("管理員 " + code).text()).contains("無效或已過期");

		JsonNode organizers = this.api.call("GET", "/api/organizers", null, 200);
		assertThat(organizers.findValuesAsString("userId")).containsExactly("Ustaff0001");
		JsonNode audit = this.api.call("GET", "/api/audit", null, 200);
		assertThat(audit.findValuesAsString("action")).containsExactly("organizer.join", "organizer.invite");
		assertThat(audit.findValuesAsString("who")).containsExactly("Ustaff0001", "admin");
	}

	@Test
	void anInvitationExpiresAfterADay() {
		String code = this.api.call("POST", "/api/organizers/invitations", null, 201).path("code").asString();
		this.redis.expire(Organizers.invitationKey(code), Duration.ofMillis(1));
		org.awaitility.Awaitility.await().until(() -> !this.redis.hasKey(Organizers.invitationKey(code)));

		assertThat(this.staff.says("管理員 " + code).text()).contains("無效或已過期");
	}

	@Test
	void anyoneElseAskingForTheSummaryIsRefusedPolitely() {
		assertThat(this.staff.says("報名統計").text()).contains("只有主辦單位的管理員");
		assertThat(this.api.call("GET", "/api/audit", null, 200).size()).isZero();
	}

	@Test
	void anOrganizerGetsCountsPerOfficeAndTheRequiredOfficesWithNobody() {
		this.api.call("POST", "/api/workshops/T1/registrations",
				"[" + FORM.formatted("王小明", "西屯", "true",
						"\"nationalId\": \"a123456789\", \"birthDate\": \"74/03/14\",") + ","
						+ FORM.formatted("李小華", "南屯", "false", "") + "]",
				201);
		becomeOrganizer(this.staff);

		String summary = this.staff.says("報名統計").text();

		assertThat(summary).contains("期初討論工作坊", "正取：2 人", "需要學習時數：1 人", "西屯區公所 1", "南屯區公所 1", "必須參加但尚無人報名：中區區公所");
		JsonNode json = this.api.call("GET", "/api/workshops/T1/summary", null, 200);
		assertThat(json.path("requiredMissing").get(0).asString()).isEqualTo("中區區公所");
		assertThat(json.path("perOffice").path("西屯區公所").asInt()).isEqualTo(1);
		assertThat(json.path("confirmed").asInt()).isEqualTo(2);
		assertThat(json.toString()).doesNotContain("王小明", "A123456789");
	}

	@Test
	void inAGroupCodesAreNotTakenAndTheSummaryPointsToTheOneToOneChat() {
		String code = this.api.call("POST", "/api/organizers/invitations", null, 201).path("code").asString();

		assertThat(this.staff.sends(WebhookEvent.text("Ustaff0001", "管理員 " + code).inGroup("Cgroup1", "Ustaff0001"))
			.text()).contains("一對一聊天");
		assertThat(this.api.call("GET", "/api/organizers", null, 200).size()).isZero();
		assertThat(this.staff.sends(WebhookEvent.text("Ustaff0001", "報名統計").inGroup("Cgroup1", null)).text())
			.contains("群組裡無法確認您的身分");
	}

	@Test
	void aRemovedOrganizerIsRefusedAgainAndConfiguredOnesCannotBeRemovedHere() {
		becomeOrganizer(this.staff);

		this.api.call("DELETE", "/api/organizers/Ustaff0001", null, 204);

		assertThat(this.staff.says("報名統計").text()).contains("只有主辦單位的管理員");
		this.api.call("DELETE", "/api/organizers/Unobody", null, 404);
	}

	private void becomeOrganizer(ChatUser user) {
		String code = this.api.call("POST", "/api/organizers/invitations", null, 201).path("code").asString();
		assertThat(user.says("管理員 " + code).text()).contains("您已成為管理員");
	}

}
