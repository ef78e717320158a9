package tw.workshopbot.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tw.workshopbot.WorkshopBotApplication;
import tw.workshopbot.chat.Outbox;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.workshopbot.broadcast.DeliveryFixture.multicasts;
import static tw.workshopbot.broadcast.DeliveryFixture.pushesTo;
import static tw.workshopbot.broadcast.DeliveryFixture.retryKey;

/**
 * Organizers in LINE and what else goes through deliveries: binding a group by code,
 * announcements, the day-before reminder, warnings, and sending once across instances and
 * restarts.
 */
class OrganizerDeliveryTest extends DeliveryTest {

	private static final String LINK = "https://youtube.com/live/xyz";

	@Autowired
	private DeliveryStore store;

	@Autowired
	private DeliveryPump pump;

	@Autowired
	private DueWork dueWork;

	@Autowired
	private Outbox outbox;

	private ChatUser organizer;

	/** A test that stopped the pump to play a dead process leaves it running. */
	@AfterEach
	void pumpRunning() {
		if (!this.pump.isRunning()) {
			this.pump.start();
		}
	}

	@BeforeEach
	void theOrganizersChat() {
		this.organizer = new ChatUser(ORGANIZER, this.webhook, new StringBuilder());
	}

	@Test
	void aGroupIsLinkedByACodeFromTheOneToOneChatAndUnlinkedWhenTheBotLeaves() {
		Workshop workshop = this.fixture.workshopStartingIn("B1", Duration.ofDays(2), StreamAudience.BOTH);
		this.groups.joined(GROUP, this.clock.instant());

		this.organizer.says("綁定");
		String code = this.organizer.taps(workshop.title()).lastLine().replaceAll("\\D", "");
		assertThat(code).hasSize(6);
		ChatUser member = new ChatUser("Umember0001", this.webhook, new StringBuilder());
		assertThat(member.sends(WebhookEvent.text("Umember0001", "綁定 000000").inGroup(GROUP, null)).text())
			.contains("無效或已過期");
		assertThat(member.sends(WebhookEvent.text("Umember0001", "綁定 " + code).inGroup(GROUP, null)).text())
			.contains("本群組已綁定", workshop.title());
		assertThat(this.links.groups("B1")).containsExactly(GROUP);
		assertThat(member.sends(WebhookEvent.text("Umember0001", "綁定 " + code).inGroup(GROUP, null)).text())
			.as("a code works once")
			.contains("無效或已過期");

		assertThat(member.sends(WebhookEvent.text("Umember0001", "解除綁定").inGroup(GROUP, "Umember0001")).text())
			.contains("只有主辦單位的管理員");
		assertThat(this.links.groups("B1")).containsExactly(GROUP);
		this.webhook.deliver(WebhookEvent.fixture("leave").inGroup(GROUP, null));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.links.groups("B1").isEmpty());
	}

	@Test
	void theAdminApiLinksOnlyGroupsTheBotIsIn() {
		this.fixture.workshopStartingIn("B2", Duration.ofDays(2), StreamAudience.BOTH);
		this.api.call("POST", "/api/workshops/B2/groups", "{\"groupId\": \"Cunknown\"}", 400);
		this.groups.joined(GROUP, this.clock.instant());

		this.api.call("POST", "/api/workshops/B2/groups", "{\"groupId\": \"" + GROUP + "\"}", 201);
		assertThat(this.api.call("GET", "/api/workshops/B2/groups", null, 200).findValuesAsString("groupId"))
			.containsExactly(GROUP);
		this.api.call("DELETE", "/api/workshops/B2/groups/" + GROUP, null, 204);
		this.api.call("DELETE", "/api/workshops/B2/groups/" + GROUP, null, 404);
	}

	@Test
	void aTapInAGroupNeverBringsAPersonalAnswerIntoIt() {
		Workshop workshop = this.fixture.workshopStartingIn("B3", Duration.ofMinutes(5), StreamAudience.BOTH);
		List<String> people = this.fixture.registrants(workshop, "b3", 1);
		this.fixture.linkGroup(workshop, GROUP);
		this.api.call("PUT", "/api/workshops/B3/stream", "{\"url\": \"" + LINK + "\"}", 200);
		await().atMost(Duration.ofSeconds(5)).until(() -> pushesTo(GROUP).size() == 1);
		ChatUser person = new ChatUser(people.get(0), this.webhook, new StringBuilder());

		String inGroup = person.sends(WebhookEvent.text(people.get(0), "直播連結").inGroup(GROUP, people.get(0))).json();
		assertThat(inGroup).contains("openExternalBrowser=1").doesNotContain("B3-0001", "同仁1", "postback");
		String mine = person.sends(WebhookEvent.text(people.get(0), "我的報名").inGroup(GROUP, null)).json();
		assertThat(mine).doesNotContain("B3-0001", "同仁1", "postback").contains("oaMessage");
		assertThat(person.says("直播連結").text()).contains("https://youtube.com/live/xyz?openExternalBrowser=1");
	}

	@Test
	void anAnnouncementIsPreviewedInChatAndSentOnlyAfterTheOrganizerSaysToWhom() {
		Workshop workshop = this.fixture.workshopStartingIn("B4", Duration.ofDays(2), StreamAudience.BOTH);
		List<String> people = this.fixture.registrants(workshop, "b4", 2);
		this.fixture.linkGroup(workshop, GROUP);

		assertThat(this.organizer.says("公告").text()).contains("請輸入「期初討論工作坊 B4」的公告內容");
		assertThat(this.organizer.says("請提早 10 分鐘上線測試音訊！").text()).contains("請提早 10 分鐘上線測試音訊！", "以上是公告預覽");
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> multicasts().isEmpty());
		assertThat(this.organizer.taps("只送報名者").text()).contains("報名者 2 人");

		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		assertThat(DeliveryFixture.recipients(multicasts().get(0))).containsExactlyInAnyOrderElementsOf(people);
		assertThat(multicasts().get(0).getRequest().getBodyAsString()).contains("請提早 10 分鐘上線測試音訊！");
		assertThat(pushesTo(GROUP)).isEmpty();

		ChatUser stranger = new ChatUser("Ustranger01", this.webhook, new StringBuilder());
		assertThat(stranger.says("公告").text()).contains("只有主辦單位的管理員");
		this.api.call("POST", "/api/workshops/B4/announcements", "{\"text\": \"\"}", 400);
		this.api.call("POST", "/api/workshops/B4/announcements", "{\"text\": \"改到 3 樓\", \"audience\": \"fax\"}", 400);
		this.api.call("POST", "/api/workshops/B4/announcements", "{\"text\": \"改到 3 樓\", \"audience\": \"groups\"}",
				202);
		await().atMost(Duration.ofSeconds(5)).until(() -> pushesTo(GROUP).size() == 1);
		assertThat(pushesTo(GROUP).get(0).getRequest().getBodyAsString()).contains("改到 3 樓");
	}

	@Test
	void registrantsAreRemindedTheDayBeforeAtTheCatalogsTime() {
		ZoneId taipei = DeliveryFixture.TAIPEI;
		Instant starts = this.clock.instant()
			.plus(Duration.ofDays(2))
			.atZone(taipei)
			.toLocalDate()
			.atTime(14, 0)
			.atZone(taipei)
			.toInstant();
		Workshop workshop = new Workshop("B5", "期中分享工作坊", null, starts, starts.plus(Duration.ofHours(2)),
				this.clock.instant().minusSeconds(60), "線上直播", java.math.BigDecimal.ONE, null,
				List.of(new tw.workshopbot.workshop.Office("西屯區公所", false, false)), List.of());
		this.workshops.insert(workshop);
		List<String> people = this.fixture.registrants(workshop, "b5", 2);
		this.fixture.linkGroup(workshop, GROUP);
		Instant due = starts.atZone(taipei).toLocalDate().minusDays(1).atTime(18, 0).atZone(taipei).toInstant();

		this.clock.advance(Duration.between(this.clock.instant(), due).minusSeconds(30));
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().isEmpty());
		this.clock.advance(Duration.ofSeconds(31));

		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		String reminder = multicasts().get(0).getRequest().getBodyAsString();
		assertThat(reminder).contains("上課提醒", "期中分享工作坊", "14:00", "我的報名");
		assertThat(DeliveryFixture.recipients(multicasts().get(0))).containsExactlyInAnyOrderElementsOf(people);
		assertThat(pushesTo(GROUP)).as("reminders are for registrants").isEmpty();
	}

	@Test
	void organizersAreWarnedBeforeADeliveryThatWouldPassTheMonthsQuota() {
		Workshop workshop = this.fixture.workshopStartingIn("B6", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "b6", 3);
		this.fixture.linkGroup(workshop, GROUP);
		LineApi.server()
			.stubFor(get(urlPathEqualTo("/v2/bot/message/quota"))
				.willReturn(okJson("{\"type\":\"limited\",\"value\":1000}")));
		LineApi.server()
			.stubFor(get(urlPathEqualTo("/v2/bot/message/quota/consumption"))
				.willReturn(okJson("{\"totalUsage\":995}")));

		this.api.call("PUT", "/api/workshops/B6/stream", "{\"url\": \"" + LINK + "\"}", 200);

		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		ServeEvent warning = pushesTo(ORGANIZER).stream()
			.filter((event) -> event.getRequest().getBodyAsString().contains("本月只剩"))
			.findFirst()
			.orElseThrow();
		assertThat(warning.getRequest().getBodyAsString()).contains("約需 8 則訊息", "本月只剩 5 則");
		assertThat(warning.getRequest().getLoggedDate())
			.isBeforeOrEqualTo(multicasts().get(0).getRequest().getLoggedDate());
	}

	@Test
	void organizersHearWhenNoLinkIsSetHalfAnHourBefore() {
		this.fixture.workshopStartingIn("B7", Duration.ofMinutes(45), StreamAudience.BOTH);
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> pushesTo(ORGANIZER).isEmpty());

		this.clock.advance(Duration.ofMinutes(16));

		await().atMost(Duration.ofSeconds(5)).until(() -> pushesTo(ORGANIZER).size() == 1);
		assertThat(pushesTo(ORGANIZER).get(0).getRequest().getBodyAsString()).contains("還沒有設定直播連結", "直播連結 B7 https://");
	}

	@Test
	void aDeliveryCutShortResumesAndResendsNothingLineAccepted() {
		Workshop workshop = this.fixture.workshopStartingIn("B8", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "b8", 1200);
		this.pump.stop(); // as if the process died
		this.api.call("PUT", "/api/workshops/B8/stream", "{\"url\": \"" + LINK + "\"}", 200);
		this.dueWork.planWhatIsDue();
		String id = StreamLinkDue.id("B8", 1);
		List<PlannedRequest> plan = this.store.requests(id);
		assertThat(plan).hasSize(3);
		// Before dying it had sent request 0 (LINE took it, the answer was lost) and
		// noted 1 as taken.
		this.outbox.send(plan.get(0).endpoint(), plan.get(0).retryKey(), plan.get(0).body()).join();
		this.outbox.send(plan.get(1).endpoint(), plan.get(1).retryKey(), plan.get(1).body()).join();
		this.store.save(id, 1, Attempts.pending().accepted(this.clock.instant(), 200, null));
		this.redis.opsForValue().set(DeliveryStore.key(id) + ":lease", "the-dead-instance", Duration.ofSeconds(1));
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast"))
				.withHeader("X-Line-Retry-Key", equalTo(plan.get(0).retryKey().toString()))
				.willReturn(LineApi.alreadyAccepted()));

		this.pump.start();

		await().atMost(Duration.ofSeconds(10)).until(() -> reports().size() == 1);
		assertThat(reports().get(0).getRequest().getBodyAsString()).contains("報名者：1,200/1,200",
				"Registrants: 1,200/1,200");
		Set<String> keys = plan.stream().map((request) -> request.retryKey().toString()).collect(Collectors.toSet());
		assertThat(multicasts()).allSatisfy((event) -> assertThat(keys).contains(retryKey(event)));
		assertThat(multicasts().stream().filter((event) -> retryKey(event).equals(plan.get(1).retryKey().toString())))
			.as("noted as accepted: never sent again")
			.hasSize(1);
		assertThat(multicasts()).hasSize(4);
	}

	@Test
	void twoInstancesOnOneRedisSendOnce() {
		// The second instance runs on the real clock: the link is due on both.
		Workshop workshop = this.fixture.workshopStartingIn("B9", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "b9", 700);
		this.fixture.linkGroup(workshop, GROUP);
		try (ConfigurableApplicationContext other = new SpringApplication(WorkshopBotApplication.class).run(
				"--server.port=0", "--LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET,
				"--LINE_CHANNEL_ACCESS_TOKEN=test-access-token", "--ADMIN_TOKEN=" + ADMIN_TOKEN,
				"--DATA_ENCRYPTION_KEY=q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=",
				"--LINE_API_BASE_URL=" + LineApi.baseUrl(), "--LINE_API_DATA_BASE_URL=" + LineApi.baseUrl())) {
			this.api.call("PUT", "/api/workshops/B9/stream", "{\"url\": \"" + LINK + "\"}", 200);

			await().atMost(Duration.ofSeconds(10)).until(() -> reports().size() == 1);
			await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().size() == 2);
			assertThat(pushesTo(GROUP)).hasSize(1);
			assertThat(this.api.call("GET", "/api/workshops/B9/deliveries", null, 200).size()).isEqualTo(1);
		}
	}

	@Test
	void organizersGetTheRequiredOfficesWithNobody48And24HoursBeforeTheDeadline() {
		Instant now = this.clock.instant();
		Instant closes = now.plus(Duration.ofHours(48)).plusSeconds(30);
		Workshop workshop = new Workshop("B10", "期末成果工作坊", null, closes.plus(Duration.ofDays(2)),
				closes.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)), closes, "線上直播", java.math.BigDecimal.ONE,
				null, List.of(new tw.workshopbot.workshop.Office("中區區公所", true, false),
						new tw.workshopbot.workshop.Office("西屯區公所", true, false)),
				List.of());
		this.workshops.insert(workshop);
		this.fixture.registrants(workshop, "b10", 1); // from 西屯區公所
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> pushesTo(ORGANIZER).isEmpty());
		this.clock.advance(Duration.ofMinutes(1));

		await().atMost(Duration.ofSeconds(5)).until(() -> pushesTo(ORGANIZER).size() == 1);
		assertThat(pushesTo(ORGANIZER).get(0).getRequest().getBodyAsString()).contains("48 小時內截止", "中區區公所")
			.doesNotContain("西屯區公所");
		await().during(Duration.ofMillis(600))
			.atMost(Duration.ofSeconds(2))
			.until(() -> pushesTo(ORGANIZER).size() == 1);

		this.clock.advance(Duration.ofHours(24));

		await().atMost(Duration.ofSeconds(5)).until(() -> pushesTo(ORGANIZER).size() == 2);
		assertThat(pushesTo(ORGANIZER).get(1).getRequest().getBodyAsString()).contains("24 小時內截止", "中區區公所");
	}

}
