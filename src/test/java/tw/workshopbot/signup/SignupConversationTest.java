package tw.workshopbot.signup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Status;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.ChatUser.Answer;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole sign-up conversations in a 1:1 chat, from 報名 to a registration number. */
class SignupConversationTest extends IntegrationTest {

	static final String WORKSHOP = "T1";

	private final StringBuilder transcript = new StringBuilder();

	@RegisterExtension
	final TestWatcher printTranscript = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			System.out
				.println("Transcript of " + context.getDisplayName() + ":\n" + SignupConversationTest.this.transcript);
		}
	};

	@Autowired
	private Workshops workshops;

	@Autowired
	private Roster roster;

	private ChatUser person;

	@BeforeEach
	void openWorkshop() {
		this.workshops.insert(workshop(WORKSHOP, "期初討論工作坊", Duration.ofDays(3), null));
		this.person = new ChatUser("Uperson0001", this.webhook, this.transcript);
	}

	@Test
	void aPersonWhoNeedsLearningHoursSignsUpOneQuestionAtATimeAndGetsARegistrationNumber() {
		Answer notice = this.person.says("報名");
		assertThat(notice.text()).contains("個人資料", "期初討論工作坊", "臺中市政府文化局", "刪除我的資料");
		// What is collected is listed from the form's table, the identity apart.
		assertThat(notice.text())
			.contains("資料類別：姓名、區公所、課室、職稱、性別、電子信箱、連絡電話（日間）、手機、通訊地址、YouTube ID/暱稱、LINE ID/暱稱；" + "需要學習時數時另加身分證字號與出生年月日。");
		assertThat(notice.quickReplies()).startsWith("同意", "不同意");

		assertThat(this.person.taps("同意").lastLine()).isEqualTo("姓名");
		Answer office = this.person.says("王小明");
		assertThat(office.lastLine()).isEqualTo("區公所");
		assertThat(office.labels()).contains("西屯區公所", "中區區公所", "其他單位");
		assertThat(this.person.says("西屯").lastLine()).isEqualTo("課室");
		assertThat(this.person.says("人文課").lastLine()).isEqualTo("職稱");
		Answer hours = this.person.says("課員");
		assertThat(hours.lastLine()).isEqualTo("學習時數");
		assertThat(hours.quickReplies()).startsWith("需要", "不需要");
		assertThat(this.person.taps("需要").lastLine()).isEqualTo("身分證字號");
		assertThat(this.person.says("a123456789").lastLine()).isEqualTo("出生年月日");
		Answer gender = this.person.says("74/03/14");
		assertThat(gender.lastLine()).isEqualTo("性別");
		assertThat(gender.quickReplies()).startsWith("男", "女");
		assertThat(this.person.taps("男").lastLine()).isEqualTo("電子信箱");
		assertThat(this.person.says("wang@taichung.gov.tw").lastLine()).isEqualTo("連絡電話（日間）");
		assertThat(this.person.says("04-2228-9111#123").lastLine()).isEqualTo("手機");
		assertThat(this.person.says("0912-345-678").lastLine()).isEqualTo("通訊地址");
		assertThat(this.person.says("臺中市西屯區台灣大道三段99號").lastLine()).isEqualTo("YouTube ID/暱稱");
		Answer lineId = this.person.says("小明的頻道");
		assertThat(lineId.lastLine()).isEqualTo("LINE ID/暱稱");
		assertThat(lineId.quickReplies()).first().isEqualTo(LineApi.DISPLAY_NAME);

		Answer summary = this.person.taps(LineApi.DISPLAY_NAME);
		assertThat(summary.text())
			.contains("王小明", "西屯區公所", "A12*****89", "1985-**-**", "0422289111#123", "0912345678", LineApi.DISPLAY_NAME)
			.doesNotContain("A123456789", "1985-03-14", "03-14");
		assertThat(summary.labels()).contains("確認送出", "修改");

		Answer done = this.person.taps("確認送出");
		assertThat(done.text()).contains("報名完成", "T1-0001", "期初討論工作坊", "直播連結");
		assertThat(done.button("加入行事曆")).hasValueSatisfying((calendar) -> assertThat(calendar.uri())
			.isEqualTo("https://bot.example.tw/api/workshops/T1/calendar.ics"));
		Registration registration = this.roster.activeFor(WORKSHOP, this.person.userId()).orElseThrow();
		assertThat(registration.status()).isEqualTo(Status.CONFIRMED);
		assertThat(registration.applicant().nationalId().value()).isEqualTo("A123456789");
		assertThat(registration.consent().noticeVersion()).isEqualTo(SignupFlow.NOTICE_VERSION);
		assertThat(registration.consent().at()).isNotNull();
		assertThat(this.redis.hasKey(dialogKey(this.person.userId()))).isFalse();
	}

	@Test
	void withoutLearningHoursTheIdNumberAndBirthDateAreNeverAsked() {
		answerUpToHours();
		assertThat(this.person.taps("不需要").lastLine()).isEqualTo("性別");
		finishAfterGender();
		Answer done = this.person.taps("確認送出");

		assertThat(done.text()).contains("報名完成");
		Registration registration = this.roster.activeFor(WORKSHOP, this.person.userId()).orElseThrow();
		assertThat(registration.learningHours()).isFalse();
		assertThat(registration.applicant().nationalId()).isNull();
	}

	@Test
	void eachWrongAnswerSaysWhatIsExpectedAndAsksTheSameQuestionAgain() {
		answerUpToHours();
		this.person.taps("需要");

		Answer badId = this.person.says("A123456788");
		assertThat(badId.texts().get(0)).contains("身分證字號格式不正確，請確認第一碼英文字母與檢查碼");
		assertThat(badId.lastLine()).isEqualTo("身分證字號");
		this.person.says("A123456789");
		Answer future = this.person.says("2999-01-01");
		assertThat(future.text()).contains("未來");
		assertThat(future.lastLine()).isEqualTo("出生年月日");
		this.person.says("1985-03-14");
		assertThat(this.person.says("不知道").lastLine()).isEqualTo("性別");
		this.person.says("女");
		Answer badEmail = this.person.says("wang.taichung.gov.tw");
		assertThat(badEmail.text()).contains("電子信箱格式不正確");
		assertThat(badEmail.lastLine()).isEqualTo("電子信箱");
		this.person.says("wang@taichung.gov.tw");
		assertThat(this.person.says("123").text()).contains("電話號碼格式不正確");
		this.person.says("(04)22289111");
		Answer badMobile = this.person.says("0800-000-000");
		assertThat(badMobile.text()).contains("手機號碼格式不正確");
		assertThat(badMobile.lastLine()).isEqualTo("手機");
		assertThat(this.person.says("0912345678").lastLine()).isEqualTo("通訊地址");
	}

	@Test
	void anUnknownOfficeIsRefusedWithTheListLookAlikesFirstAndOtherUnitsNameTheirUnit() {
		this.person.says("報名");
		this.person.taps("同意");
		this.person.says("王小明");

		Answer unknown = this.person.says("西區");
		assertThat(unknown.text()).contains("找不到這個區公所");
		assertThat(unknown.lastLine()).isEqualTo("區公所");
		assertThat(unknown.labels().get(0)).isEqualTo("西屯區公所");

		Answer unit = this.person.taps("其他單位");
		assertThat(unit.lastLine()).isEqualTo("單位名稱");
		Answer section = this.person.says("西屯區社造顧問團");
		assertThat(section.lastLine()).isEqualTo("課室");
		this.person.says("無");
		// Other units earn no learning hours: the question is not asked.
		assertThat(this.person.says("顧問").lastLine()).isEqualTo("性別");
		finishAfterGender();
		assertThat(this.person.last().text()).contains("其他單位：西屯區社造顧問團");
	}

	@Test
	void backGoesOneQuestionBackAtEachStepAndKeepsTheAnswersGiven() {
		this.person.says("報名");
		this.person.taps("同意");
		this.person.says("王小明");
		this.person.says("西屯區公所");
		this.person.says("人文課");

		Answer section = this.person.says("上一步");
		assertThat(section.lastLine()).isEqualTo("課室");
		assertThat(section.text()).contains("人文課");
		assertThat(this.person.taps("上一步").lastLine()).isEqualTo("區公所");
		assertThat(this.person.says("上一步").lastLine()).isEqualTo("姓名");
		assertThat(this.person.says("上一步").text()).contains("個人資料");
		// Forward again, the conversation goes on to the first question still unanswered.
		assertThat(this.person.taps("同意").lastLine()).isEqualTo("職稱");
	}

	@Test
	void cancelEndsTheConversationAndKeepsNothing() {
		answerUpToHours();
		this.person.taps("需要");
		this.person.says("A123456789");

		Answer cancelled = this.person.says("取消！");
		assertThat(cancelled.text()).contains("沒有保留");
		assertThat(this.redis.hasKey(dialogKey(this.person.userId()))).isFalse();
		assertThat(this.person.says("王小明").text()).contains("請輸入「報名」");
	}

	@Test
	void disagreeingToTheNoticeEndsWithNothingKept() {
		this.person.says("報名");
		assertThat(this.person.taps("不同意").text()).contains("不會蒐集任何資料");
		assertThat(this.redis.hasKey(dialogKey(this.person.userId()))).isFalse();
	}

	@Test
	void aFieldChangedFromTheSummaryLeadsBackToTheSummary() {
		answerUpToHours();
		this.person.taps("不需要");
		finishAfterGender();

		Answer name = this.person.taps("修改" /* the first field's: 姓名 */);
		assertThat(name.lastLine()).isEqualTo("姓名");
		Answer summary = this.person.says("王大明");
		assertThat(summary.text()).contains("王大明").doesNotContain("王小明");
		assertThat(summary.labels()).contains("確認送出");
		this.person.taps("確認送出");
		assertThat(this.roster.activeFor(WORKSHOP, this.person.userId()).orElseThrow().applicant().name())
			.isEqualTo("王大明");
	}

	@Test
	void turningOnLearningHoursFromTheSummaryAsksForTheIdNumberAndBirthDateThenReturns() {
		answerUpToHours();
		this.person.taps("不需要");
		finishAfterGender();
		Answer hours = this.person.sends(WebhookEvent.postback(this.person.userId(), "s=review&change=learning_hours"));
		assertThat(hours.lastLine()).isEqualTo("學習時數");

		assertThat(this.person.taps("需要").lastLine()).isEqualTo("身分證字號");
		this.person.says("A123456789");
		Answer summary = this.person.says("1985-03-14");
		assertThat(summary.text()).contains("A12*****89", "1985-**-**").doesNotContain("1985-03-14");
		assertThat(summary.labels()).contains("確認送出");
	}

	@Test
	void theLineProfileIsAskedForOnceThoughItsNameIsOfferedTwice() {
		ChatUser newcomer = new ChatUser("Uprofile0001", this.webhook, this.transcript);
		answerUpToHours(newcomer);
		newcomer.taps("不需要");
		finishAfterGender(newcomer);

		Answer lineId = newcomer.sends(WebhookEvent.postback(newcomer.userId(), "s=review&change=line_id"));

		assertThat(lineId.quickReplies()).first().isEqualTo(LineApi.DISPLAY_NAME);
		assertThat(LineApi.requestsTo("/v2/bot/profile/" + newcomer.userId())).hasSize(1);
	}

	@Test
	void aPersonWhoComesBackLaterContinuesWhereTheyStopped() {
		answerUpToHours();
		this.clock.advance(Duration.ofHours(20));

		Answer resumed = this.person.says("報名");
		assertThat(resumed.text()).contains("從上次停下的地方繼續");
		assertThat(resumed.lastLine()).isEqualTo("學習時數");
		assertThat(this.person.taps("不需要").lastLine()).isEqualTo("性別");
	}

	@Test
	void aConversationLeftForADayExpiresAndCanStartAgain() {
		answerUpToHours();
		this.clock.advance(Duration.ofHours(25));

		assertThat(this.person.taps("需要").text()).contains("超過 24 小時");
		assertThat(this.redis.hasKey(dialogKey(this.person.userId()))).isFalse();
		assertThat(this.person.says("報名").text()).contains("個人資料");
	}

	@Test
	void aTapOnAnEarlierMessagesButtonIsNotTakenAsTheCurrentAnswer() {
		answerUpToHours();
		this.person.taps("需要");

		Answer stale = this.person.sends(WebhookEvent.postback(this.person.userId(), "s=q.gender&t=%E7%94%B7"));
		assertThat(stale.text()).contains("之前訊息");
		assertThat(stale.lastLine()).isEqualTo("身分證字號");
	}

	@Test
	void severalOpenWorkshopsAreOfferedAndAClosedOneIsNeverOfferedAndSaysItClosed() {
		this.workshops.insert(workshop("T2", "期中分享會", Duration.ofDays(10), null));
		this.workshops.insert(workshop("T0", "已截止工作坊", Duration.ofDays(1), Duration.ofHours(-1)));

		Answer offer = this.person.says("報名");
		assertThat(offer.text()).contains("期初討論工作坊", "期中分享會").doesNotContain("已截止工作坊");
		Answer closed = this.person.says("已截止工作坊");
		assertThat(closed.text()).contains("報名已經截止");

		List<String> labels = closed.labels();
		assertThat(labels).contains("報名這場");
		Answer notice = this.person.sends(WebhookEvent.postback(this.person.userId(), "s=workshop&t=T2"));
		assertThat(notice.text()).contains("期中分享會", "個人資料");
	}

	@Test
	void nobodyCanSignUpOnceRegistrationClosed() {
		this.workshops.replace(workshop(WORKSHOP, "期初討論工作坊", Duration.ofDays(3), Duration.ofHours(-1)));

		assertThat(this.person.says("報名").text()).contains("目前沒有開放報名");
	}

	@Test
	void someoneRegisteredAlreadySeesTheirRegistrationAndCanChangeIt() {
		signUpWithoutHours();

		Answer again = this.person.says("報名");
		assertThat(again.text()).contains("已經報名", "T1-0001");
		Answer summary = this.person.taps("修改報名資料");
		assertThat(summary.text()).contains("王小明");
		assertThat(summary.labels()).contains("儲存變更");
		this.person.sends(WebhookEvent.postback(this.person.userId(), "s=review&change=email"));
		this.person.says("new@taichung.gov.tw");
		Answer saved = this.person.taps("儲存變更");

		assertThat(saved.text()).contains("已儲存", "T1-0001");
		assertThat(this.roster.activeFor(WORKSHOP, this.person.userId()).orElseThrow().applicant().email().value())
			.isEqualTo("new@taichung.gov.tw");
	}

	@Test
	void theNoticeStatesTheWorkshopsOwnRetentionPeriod() {
		assertThat(this.person.says("報名").text()).as("the default").contains("工作坊結束後 90 天內刪除");
		this.person.taps("不同意");
		Workshop stored = this.workshops.find(WORKSHOP).orElseThrow();
		this.workshops.replace(new Workshop(WORKSHOP, stored.title(), null, stored.startsAt(), stored.endsAt(),
				stored.registrationClosesAt(), null, stored.learningHours(), null, stored.offices(), List.of(), null,
				null, null, null, null, null, null, 30));

		assertThat(this.person.says("報名").text()).contains("工作坊結束後 30 天內刪除").doesNotContain("90 天");
	}

	@Test
	void pastCapacityTheSignUpIsAPlaceOnTheWaitingListSaidPlainly() {
		this.workshops.replace(new Workshop(WORKSHOP, "期初討論工作坊", null, start(Duration.ofDays(3)),
				start(Duration.ofDays(3)).plus(Duration.ofHours(2)), start(Duration.ofDays(2)), null,
				BigDecimal.valueOf(2), 0, offices(), List.of()));

		Answer done = signUpWithoutHours();

		assertThat(done.text()).contains("候補", "T1-0001");
		assertThat(this.roster.activeFor(WORKSHOP, this.person.userId()).orElseThrow().status())
			.isEqualTo(Status.WAITLISTED);
	}

	@Test
	void aRedeliveredAnswerIsNotAppliedTwice() {
		this.person.says("報名");
		this.person.taps("同意");
		WebhookEvent name = WebhookEvent.text(this.person.userId(), "王小明");
		this.person.sends(name);

		this.webhook.deliver(WebhookEvent.text(this.person.userId(), "王小明").eventId(name.eventId()).redelivered());
		Answer office = this.person.says("西屯");

		assertThat(office.lastLine()).isEqualTo("課室");
	}

	@Test
	void signUpInAGroupOpensTheOneToOneChatWithTheCommandTypedIn() {
		this.webhook.deliver(WebhookEvent.text("Ugroupie", "報名").inGroup("Cgroup0001", "Ugroupie"));

		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(1));
		String reply = LineApi.requestsTo("/v2/bot/message/reply").get(0).getRequest().getBodyAsString();
		assertThat(reply).contains("https://line.me/R/oaMessage/%40123abcde/?%E5%A0%B1%E5%90%8D", "一對一")
			.doesNotContain("postback");
		assertThat(this.redis.hasKey(dialogKey("Ugroupie"))).isFalse();
	}

	@Test
	void anEnglishSpeakerReadsEnglishFirstAndTheLabelsInEnglish() {
		ChatUser amy = new ChatUser("Uen0001", this.webhook, this.transcript);

		Answer notice = amy.says("sign up");
		assertThat(notice.text()).startsWith("Before you sign up")
			.contains(
					"Data: Name, District office, Section, Job title, Gender, E-mail, Day phone, Mobile, Mailing address, "
							+ "YouTube ID/nickname, LINE ID/nickname; your ID number and Date of birth only if you need learning hours.");
		assertThat(notice.quickReplies()).startsWith("agree", "disagree");
		Answer name = amy.taps("agree");
		assertThat(name.lastLine()).isEqualTo("Name");
		assertThat(name.text()).startsWith("What is your full name?");
	}

	@Test
	void myRegistrationsListsEachWithItsNumberTimeAndStatus() {
		signUpWithoutHours();

		Answer mine = this.person.says("我的報名");

		assertThat(mine.text()).contains("期初討論工作坊", "T1-0001", "報名成功");
		assertThat(mine.labels()).contains("修改資料", "取消報名");
	}

	@Test
	void cancellingAsksFirstThenFreesTheSeatForTheFirstOnTheWaitingListWhoIsTold() {
		this.workshops.replace(new Workshop(WORKSHOP, "期初討論工作坊", null, start(Duration.ofDays(3)),
				start(Duration.ofDays(3)).plus(Duration.ofHours(2)), start(Duration.ofDays(2)), null,
				BigDecimal.valueOf(2), 1, offices(), List.of()));
		signUpWithoutHours();
		ChatUser waiting = new ChatUser("Uwaiting0002", this.webhook, this.transcript);
		assertThat(signUpWithoutHours(waiting).text()).contains("候補");

		this.person.says("我的報名");
		Answer confirm = this.person.taps("取消報名");
		assertThat(confirm.text()).contains("確定要取消");
		assertThat(this.roster.activeFor(WORKSHOP, this.person.userId())).isPresent();
		Answer cancelled = this.person.taps("確定取消");

		assertThat(cancelled.text()).contains("已取消報名 T1-0001");
		assertThat(this.roster.activeFor(WORKSHOP, this.person.userId())).isEmpty();
		assertThat(this.roster.activeFor(WORKSHOP, waiting.userId()).orElseThrow().status())
			.isEqualTo(Status.CONFIRMED);
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/push"))
				.anySatisfy((push) -> assertThat(push.getRequest().getBodyAsString())
					.contains("\"to\":\"Uwaiting0002\"", "遞補成功", "T1-0002")));
	}

	@Test
	void deleteMyDataAsksFirstThenErasesEveryRegistrationAndTheConversationKeepingAnAnonymousRecord() {
		signUpWithoutHours();
		this.workshops.insert(workshop("T2", "期中分享會", Duration.ofDays(10), null));
		this.person.says("報名");
		this.person.sends(WebhookEvent.postback(this.person.userId(), "s=workshop&t=T2"));
		this.person.taps("同意");
		this.person.says("王小明");

		Answer confirm = this.person.says("刪除我的資料");
		assertThat(confirm.text()).contains("無法復原");
		Answer done = this.person.taps("確定刪除");

		assertThat(done.text()).contains("1 筆", "T1-0001");
		Registration erased = this.roster.find(WORKSHOP, "T1-0001").orElseThrow();
		assertThat(erased.isErased()).isTrue();
		assertThat(erased.status()).isEqualTo(Status.CANCELLED);
		assertThat(erased.office()).isEqualTo("西屯區公所");
		assertThat(this.redis.hasKey(dialogKey(this.person.userId()))).isFalse();
	}

	@Test
	void commandsOfLaterStepsAreNeverTakenAsAnAnswer() {
		this.person.says("報名");
		this.person.taps("同意");

		Answer checkIn = this.person.says("簽到");
		assertThat(checkIn.text()).contains("簽到");
		assertThat(this.person.says("王小明").lastLine()).isEqualTo("區公所");
	}

	private void answerUpToHours() {
		answerUpToHours(this.person);
	}

	static void answerUpToHours(ChatUser user) {
		user.says("報名");
		user.taps("同意");
		user.says("王小明");
		user.says("西屯區公所");
		user.says("人文課");
		user.says("課員");
	}

	private void finishAfterGender() {
		finishAfterGender(this.person);
	}

	static void finishAfterGender(ChatUser user) {
		user.says("男");
		user.says("wang@taichung.gov.tw");
		user.says("04-22289111");
		user.says("0912345678");
		user.says("臺中市西屯區台灣大道三段99號");
		user.says("小明的頻道");
		user.says("xiaoming");
	}

	private Answer signUpWithoutHours() {
		return signUpWithoutHours(this.person);
	}

	static Answer signUpWithoutHours(ChatUser user) {
		answerUpToHours(user);
		user.taps("不需要");
		finishAfterGender(user);
		return user.taps("確認送出");
	}

	private Workshop workshop(String id, String title, Duration startsIn, Duration closesIn) {
		return workshop(this.clock.instant(), id, title, startsIn, closesIn);
	}

	static Workshop workshop(Instant now, String id, String title, Duration startsIn, Duration closesIn) {
		Instant starts = now.plus(startsIn);
		Instant closes = (closesIn != null) ? now.plus(closesIn) : starts.minus(Duration.ofDays(1));
		return new Workshop(id, title, null, starts, starts.plus(Duration.ofHours(2)), closes, null,
				BigDecimal.valueOf(2), null, offices(),
				List.of(new Contact("主辦單位", "臺中市政府文化局", "陳小姐", "04-2228-9111", null, null)));
	}

	private Instant start(Duration in) {
		return this.clock.instant().plus(in);
	}

	static List<Office> offices() {
		return List.of(new Office("中區區公所", false, false), new Office("西屯區公所", false, false),
				new Office("南屯區公所", false, false), new Office("北屯區公所", false, false), new Office("其他單位", false, true));
	}

	/** Where the person's dialog is kept (the dialog package's own key). */
	private static String dialogKey(String userId) {
		return "wb:user:{" + userId + "}:dialog";
	}

}
