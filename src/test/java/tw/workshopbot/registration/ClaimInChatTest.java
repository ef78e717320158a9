package tw.workshopbot.registration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 認領 in chat: the person who registered by fax links the registration to LINE. */
class ClaimInChatTest extends IntegrationTest {

	private static final String GROUP = "C4af4980629abcdefabcdefabcdef0001";

	@Autowired
	private Workshops workshops;

	@Autowired
	private Registrations registrations;

	@Autowired
	private Roster roster;

	@Test
	void linksTheRegistrationToTheSenderAndSaysWhichOne() {
		String code = importOne();

		this.webhook.deliver(WebhookEvent.text("Uclaimer", "認領　" + code.toLowerCase()));

		String answer = awaitReplies(1).get(0);
		assertThat(answer).contains("認領成功", "CHAT-0001", "期初討論工作坊").contains("Claimed");
		assertThat(this.roster.activeFor("CHAT", "Uclaimer")).isPresent();
	}

	@Test
	void refusesACodeSomeoneElseUsedAndPostedCodesInGroups() {
		String code = importOne();
		this.webhook.deliver(WebhookEvent.text("Ufirst", "認領 " + code));
		awaitReplies(1);

		this.webhook.deliver(WebhookEvent.text("Usecond", "認領 " + code));
		this.webhook.deliver(WebhookEvent.text("Ugroup", "認領 " + code).inGroup(GROUP, "Ugroup"));

		// Two chats are answered in parallel: in either order.
		List<String> answers = awaitReplies(3).subList(1, 3);
		assertThat(answers).anySatisfy((answer) -> assertThat(answer).contains("已經被使用過"));
		assertThat(answers).anySatisfy((answer) -> assertThat(answer).contains("一對一聊天"));
		assertThat(this.roster.activeFor("CHAT", "Usecond")).isEmpty();
		assertThat(this.roster.activeFor("CHAT", "Ugroup")).isEmpty();
	}

	private List<String> awaitReplies(int count) {
		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(count));
		return LineApi.requestsTo("/v2/bot/message/reply")
			.stream()
			.map((reply) -> reply.getRequest().getBodyAsString())
			.toList();
	}

	private String importOne() {
		Instant now = this.clock.instant();
		Workshop workshop = new Workshop("CHAT", "期初討論工作坊", null, now.plus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), now.plus(Duration.ofDays(2)), null,
				BigDecimal.valueOf(2), null, List.of(new Office("西屯區公所", false, false)), List.of());
		this.workshops.insert(workshop);
		Map<String, String> answers = ApplicationFormTest.form();
		answers.put("learningHours", "不需要");
		Applicant applicant = ApplicationForm
			.read(answers, workshop, LocalDate.ofInstant(now, ZoneId.of("Asia/Taipei")))
			.applicant();
		Placement placed = this.registrations.register(workshop,
				List.of(new NewRegistration(applicant, null, Registration.ADMIN, null)), Channel.ORGANIZER);
		return ((Placement.Placed) placed).seats().get(0).claimCode();
	}

}
