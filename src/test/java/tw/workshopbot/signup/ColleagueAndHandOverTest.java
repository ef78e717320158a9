package tw.workshopbot.signup;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Status;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.ChatUser.Answer;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 幫同事報名 and 換人參加: someone fills in a colleague's form, the colleague claims it in their
 * own chat, agrees to the notice and adds what only they may type.
 */
class ColleagueAndHandOverTest extends IntegrationTest {

	private static final Pattern CLAIM_CODE = Pattern.compile("認領碼：([A-Z0-9]{6})");

	private final StringBuilder transcript = new StringBuilder();

	@RegisterExtension
	final TestWatcher printTranscript = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			System.out.println(
					"Transcript of " + context.getDisplayName() + ":\n" + ColleagueAndHandOverTest.this.transcript);
		}
	};

	@Autowired
	private Workshops workshops;

	@Autowired
	private Roster roster;

	private ChatUser person;

	private ChatUser colleague;

	@BeforeEach
	void openWorkshop() {
		this.workshops.insert(SignupConversationTest.workshop(this.clock.instant(), SignupConversationTest.WORKSHOP,
				"期初討論工作坊", Duration.ofDays(3), null));
		this.person = new ChatUser("Uperson0001", this.webhook, this.transcript);
		this.colleague = new ChatUser("Ucolleague0002", this.webhook, this.transcript);
	}

	@Test
	void aColleaguesFormStartsFromTheSendersOfficeAndNeverAsksForTheirIdNumber() {
		SignupConversationTest.signUpWithoutHours(this.person);

		Answer first = this.person.taps("幫同事報名");
		assertThat(first.text()).contains("同事的資料");
		assertThat(first.lastLine()).isEqualTo("姓名");
		assertThat(this.person.says("李小華").lastLine()).isEqualTo("課室");
		this.person.says("社會課");
		this.person.says("課長");
		assertThat(this.person.taps("需要").lastLine()).isEqualTo("性別");
		this.person.says("女");
		this.person.says("hua@taichung.gov.tw");
		this.person.says("04-22289112");
		this.person.says("0922333444");
		this.person.says("臺中市西屯區台灣大道三段99號");
		Answer lineId = this.person.says("小華的頻道");
		assertThat(lineId.lastLine()).isEqualTo("LINE ID/暱稱");
		assertThat(lineId.quickReplies()).doesNotContain("小明");
		Answer summary = this.person.says("hua");
		assertThat(summary.text()).contains("李小華", "西屯區公所").doesNotContain("身分證字號");

		Answer entered = this.person.taps("確認送出");

		assertThat(entered.text()).contains("已幫 李小華 報名", "T1-0002", "身分證字號與出生年月日要由本人");
		String code = claimCode(entered);
		assertThat(entered.texts().get(1)).contains("認領 " + code, "line.me/R/oaMessage/%40123abcde/");
		assertThat(entered.button("轉傳給同事").orElseThrow().uri()).startsWith("https://line.me/R/share?text=");
		Registration stored = this.roster.find(SignupConversationTest.WORKSHOP, "T1-0002").orElseThrow();
		assertThat(stored.lineUserId()).isNull();
		assertThat(stored.enteredBy()).isEqualTo(this.person.userId());
		assertThat(stored.consent()).isNull();
		assertThat(stored.applicant().identityPending()).isTrue();
		assertThat(stored.office()).isEqualTo("西屯區公所");
	}

	@Test
	void theColleagueClaimsAgreesAddsTheirOwnIdNumberAndChecksTheForm() {
		String code = colleagueEnteredWithHours();

		Answer claimed = this.colleague.says("認領 " + code);
		assertThat(claimed.text()).contains("認領成功", "同事幫您填寫", "個人資料");
		assertThat(claimed.quickReplies()).startsWith("同意", "不同意");
		pushedTo(this.person, "李小華 已認領", "T1-0002");
		assertThat(this.colleague.taps("同意").lastLine()).isEqualTo("身分證字號");
		assertThat(this.colleague.says("A123456789").lastLine()).isEqualTo("出生年月日");
		Answer summary = this.colleague.says("1980-05-06");
		assertThat(summary.text()).contains("李小華", "A12*****89", "1980-**-**").doesNotContain("1980-05-06");
		Answer saved = this.colleague.taps("確認送出");

		assertThat(saved.text()).contains("T1-0002");
		Registration stored = this.roster.find(SignupConversationTest.WORKSHOP, "T1-0002").orElseThrow();
		assertThat(stored.lineUserId()).isEqualTo(this.colleague.userId());
		assertThat(stored.applicant().identityPending()).isFalse();
		assertThat(stored.applicant().nationalId().masked()).isEqualTo("A12*****89");
		assertThat(stored.consent()).isNotNull();
		assertThat(stored.consent().noticeVersion()).isEqualTo(SignupFlow.NOTICE_VERSION);
	}

	@Test
	void aColleagueWhoRefusesTheNoticeHasTheRegistrationCancelledAndErased() {
		String code = colleagueEnteredWithHours();
		this.colleague.says("認領 " + code);

		Answer refused = this.colleague.taps("不同意");

		assertThat(refused.text()).contains("T1-0002 已取消", "已刪除");
		pushedTo(this.person, "李小華 沒有同意", "T1-0002");
		Registration stored = this.roster.find(SignupConversationTest.WORKSHOP, "T1-0002").orElseThrow();
		assertThat(stored.status()).isEqualTo(Status.CANCELLED);
		assertThat(stored.isErased()).isTrue();
	}

	@Test
	void aColleagueWhoStopsHalfwayFinishesLaterFromMyRegistrations() {
		String code = colleagueEnteredWithHours();
		this.colleague.says("認領 " + code);
		assertThat(this.colleague.says("取消").text()).contains("報名仍然保留");

		this.colleague.says("我的報名");
		Answer again = this.colleague.taps("修改資料");

		assertThat(again.text()).contains("同事幫您填寫", "個人資料");
		assertThat(this.colleague.taps("同意").lastLine()).isEqualTo("身分證字號");
	}

	@Test
	void aRegistrationHandedOverKeepsItsNumberAndGoesToTheColleagueWhoClaimsIt() {
		signUpWithHours(this.person);

		this.person.says("我的報名");
		Answer start = this.person.taps("換人參加");
		assertThat(start.text()).contains("換人參加（報名編號 T1-0001）", "同事的資料");
		assertThat(start.lastLine()).isEqualTo("姓名");
		fillColleague(this.person, "李小華");
		Answer handedOver = this.person.taps("確認送出");

		assertThat(handedOver.text()).contains("已把報名 T1-0001", "李小華");
		String code = claimCode(handedOver);
		assertThat(this.roster.activeFor(SignupConversationTest.WORKSHOP, this.person.userId())).isEmpty();
		Registration given = this.roster.find(SignupConversationTest.WORKSHOP, "T1-0001").orElseThrow();
		assertThat(given.status()).isEqualTo(Status.CONFIRMED);
		assertThat(given.applicant().name()).isEqualTo("李小華");
		assertThat(given.handOver().fromName()).isEqualTo("王小明");

		this.colleague.says("認領 " + code);
		this.colleague.taps("同意");
		// The ID number the first holder gave is free again: it was never the
		// colleague's.
		this.colleague.says("A123456789");
		this.colleague.says("1980-05-06");
		assertThat(this.colleague.taps("確認送出").text()).contains("T1-0001");
		assertThat(this.roster.activeFor(SignupConversationTest.WORKSHOP, this.colleague.userId())
			.orElseThrow()
			.registrationNo()).isEqualTo("T1-0001");
		String roster = new AdminApi(this.port)
			.call("GET", "/api/workshops/" + SignupConversationTest.WORKSHOP + "/registrations", null, 200)
			.toString();
		assertThat(roster).contains("\"handedOver\"", "王小明");
	}

	@Test
	void viewShowsTheRegistrationWithTheIdNumberAndBirthDateMasked() {
		signUpWithHours(this.person);

		this.person.says("我的報名");
		Answer view = this.person.taps("查看");

		assertThat(view.text()).contains("T1-0001", "王小明", "A12*****89", "1985-**-**").doesNotContain("1985-03-14");
	}

	@Test
	void aClaimCodeTypedInTheMiddleOfASignUpIsTakenAsAClaim() {
		String code = colleagueEnteredWithHours();
		this.colleague.says("報名");
		this.colleague.taps("同意");

		Answer claimed = this.colleague.says("認領 " + code);

		assertThat(claimed.text()).contains("認領成功");
	}

	/** 王小明 signs up with hours, ID number A123456789 and birth date 1985-03-14. */
	private static void signUpWithHours(ChatUser user) {
		SignupConversationTest.answerUpToHours(user);
		user.taps("需要");
		user.says("A123456789");
		user.says("74/03/14");
		SignupConversationTest.finishAfterGender(user);
		user.taps("確認送出");
	}

	/** The person signs up, then enters 李小華 who needs hours; returns the claim code. */
	private String colleagueEnteredWithHours() {
		SignupConversationTest.signUpWithoutHours(this.person);
		this.person.taps("幫同事報名");
		fillColleague(this.person, "李小華");
		return claimCode(this.person.taps("確認送出"));
	}

	private static void fillColleague(ChatUser user, String name) {
		user.says(name);
		user.says("社會課");
		user.says("課長");
		user.taps("需要");
		user.says("女");
		user.says("hua@taichung.gov.tw");
		user.says("04-22289112");
		user.says("0922333444");
		user.says("臺中市西屯區台灣大道三段99號");
		user.says("小華的頻道");
		user.says("hua");
	}

	/** The person who entered the form is told by push what the colleague did. */
	private static void pushedTo(ChatUser user, String... words) {
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/push"))
				.anySatisfy((push) -> assertThat(push.getRequest().getBodyAsString())
					.contains("\"to\":\"" + user.userId() + "\"")
					.contains(words)));
	}

	private static String claimCode(Answer answer) {
		Matcher matcher = CLAIM_CODE.matcher(answer.text());
		assertThat(matcher.find()).as("a claim code in: %s", answer.text()).isTrue();
		return matcher.group(1);
	}

}
