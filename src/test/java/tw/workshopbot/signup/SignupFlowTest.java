package tw.workshopbot.signup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.workshopbot.form.FormField;
import tw.workshopbot.signup.Input.Kind;
import tw.workshopbot.signup.Reply.Ask;
import tw.workshopbot.signup.Reply.Say;
import tw.workshopbot.signup.Step.Answering;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation's transitions as pure functions: no Spring, no Redis, no LINE. */
class SignupFlowTest {

	private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

	private static final Workshop WITH_HOURS = workshop("W", BigDecimal.valueOf(2));

	private static final Facts FACTS = new Facts(NOW, LocalDate.of(2026, 11, 22), Map.of("W", WITH_HOURS), Map.of());

	@Test
	void oneOpenWorkshopGoesStraightToTheNoticeAndNothingIsAskedBeforeConsent() {
		Turn turn = SignupFlow.start(Purpose.SELF, FACTS);

		assertThat(turn.next().step()).isInstanceOf(Step.ReadingNotice.class);
		assertThat(turn.replies()).containsExactly(new Reply.Notice("W"));
		assertThat(turn.next().answers()).isEmpty();
		assertThat(turn.next().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
	}

	@Test
	void agreeingRecordsTheConsentTimeAndNoticeVersionThenAsksTheName() {
		Turn turn = SignupFlow.next(notice(), Input.of(Kind.AGREE), FACTS);

		assertThat(turn.next().consentedAt()).isEqualTo(NOW);
		assertThat(turn.next().noticeVersion()).isEqualTo(SignupFlow.NOTICE_VERSION);
		assertThat(turn.next().step()).isEqualTo(new Answering(Question.NAME, false));
	}

	@Test
	void disagreeingEndsTheConversationWithNothingKept() {
		Turn turn = SignupFlow.next(notice(), Input.of(Kind.DISAGREE), FACTS);

		assertThat(turn.ended()).isTrue();
		assertThat(turn.replies()).containsExactly(Say.of("signup.declined"));
	}

	@Test
	void aRefusedAnswerKeepsTheStepAndAnswersWithTheReasonAndTheSameQuestion() {
		Conversation asking = asking(Question.NATIONAL_ID, Map.of("learningHours", Question.YES));

		Turn turn = SignupFlow.next(asking, Input.answer("A123456788"), FACTS);

		assertThat(turn.next().step()).isEqualTo(asking.step());
		assertThat(turn.replies()).hasSize(2);
		assertThat(((Say) turn.replies().get(0)).key()).isEqualTo("form.nationalId.invalid");
		assertThat(((Ask) turn.replies().get(1)).question()).isEqualTo(Question.NATIONAL_ID);
	}

	@Test
	void anAnswerIsKeptInItsWrittenFormAndTheNextQuestionFollows() {
		Map<String, String> answers = completeWithout("birthDate");
		answers.put("learningHours", Question.YES);
		Turn turn = SignupFlow.next(asking(Question.NATIONAL_ID, answers), Input.answer("ａ１２３４５６７８９"), FACTS);

		assertThat(turn.next().answers()).containsEntry("nationalId", "A123456789");
		assertThat(turn.next().step()).isEqualTo(new Answering(Question.BIRTH_DATE, false));
	}

	@Test
	void noLearningHoursDropsAnIdNumberGivenEarlier() {
		Conversation asking = asking(Question.LEARNING_HOURS,
				Map.of("learningHours", Question.YES, "nationalId", "A123456789", "birthDate", "1985-03-14"));

		Turn turn = SignupFlow.next(asking, Input.answer("不需要"), FACTS);

		assertThat(turn.next().answers()).doesNotContainKeys("nationalId", "birthDate")
			.containsEntry("learningHours", Question.NO);
	}

	@Test
	void aWorkshopWithoutHoursNeverAsksAboutThem() {
		Workshop noHours = workshop("W", BigDecimal.ZERO);
		Facts facts = new Facts(NOW, LocalDate.of(2026, 11, 22), Map.of("W", noHours), Map.of());

		Turn turn = SignupFlow.next(
				asking(Question.of(FormField.TITLE), completeWithout("title", "learningHours", "gender")),
				Input.answer("課員"), facts);

		assertThat(turn.next().step()).isEqualTo(new Answering(Question.of(FormField.GENDER), false));
		assertThat(turn.next().answers()).containsEntry("learningHours", Question.NO);
	}

	@Test
	void backFromTheFirstQuestionReturnsToTheNoticeAndFromTheSummaryToTheLastQuestion() {
		assertThat(SignupFlow.next(asking(Question.NAME, Map.of()), Input.of(Kind.BACK), FACTS).next().step())
			.isInstanceOf(Step.ReadingNotice.class);

		Conversation reviewing = asking(Question.NAME, Map.of()).at(new Step.Reviewing(), NOW);
		assertThat(SignupFlow.next(reviewing, Input.of(Kind.BACK), FACTS).next().step())
			.isEqualTo(new Answering(Question.of(FormField.LINE_ID), false));
	}

	@Test
	void aChangeFromTheSummaryReturnsToTheSummaryOnceAnswered() {
		Conversation reviewing = asking(Question.NAME, Map.of("name", "王小明")).at(new Step.Reviewing(), NOW);
		Input change = new Input(Kind.CHANGE, "", null, Question.NAME);

		Turn asked = SignupFlow.next(reviewing, change, FACTS);
		assertThat(asked.next().step()).isEqualTo(new Answering(Question.NAME, true));
		// Everything else is answered in this fixture, so the answer leads straight back.
		Conversation complete = asked.next().withAnswers(complete());
		Turn answered = SignupFlow.next(complete, Input.answer("王大明"), FACTS);
		assertThat(answered.next().step()).isInstanceOf(Step.Reviewing.class);
		assertThat(answered.next().answers()).containsEntry("name", "王大明");
	}

	@Test
	void submittingFromTheSummaryAsksTheCallerToRegister() {
		Conversation reviewing = asking(Question.NAME, complete()).at(new Step.Reviewing(), NOW);

		Turn turn = SignupFlow.next(reviewing, Input.of(Kind.SUBMIT), FACTS);

		assertThat(turn.submit()).isTrue();
		assertThat(turn.next().answers()).isEqualTo(reviewing.answers());
	}

	@Test
	void aButtonFromAnEarlierStepIsRefusedAndTheCurrentQuestionRepeated() {
		Turn turn = SignupFlow.next(asking(Question.of(FormField.EMAIL), Map.of()),
				Input.answer("男").tappedIn("q.gender"), FACTS);

		assertThat(turn.next().answers()).doesNotContainKey("gender");
		assertThat(turn.replies()).first().isEqualTo(Say.of("signup.staleButton"));
	}

	@Test
	void aWorkshopThatClosedWhileSomeoneAnsweredEndsTheConversation() {
		Facts later = new Facts(WITH_HOURS.registrationClosesAt(), LocalDate.of(2026, 11, 24), Map.of("W", WITH_HOURS),
				Map.of());

		Turn turn = SignupFlow.next(asking(Question.of(FormField.EMAIL), Map.of()), Input.answer("a@b.tw"), later);

		assertThat(turn.ended()).isTrue();
		assertThat(turn.replies()).containsExactly(Say.of("signup.closed", "工作坊"));
	}

	@Test
	void someoneRegisteredAlreadyIsShownTheirRegistrationInsteadOfANewForm() {
		Facts registered = new Facts(NOW, LocalDate.of(2026, 11, 22), Map.of("W", WITH_HOURS),
				Map.of("W", new Facts.Mine("W-0003", "中區區公所")));

		Turn turn = SignupFlow.start(Purpose.SELF, registered);

		assertThat(turn.ended()).isTrue();
		assertThat(turn.replies()).containsExactly(new Reply.AlreadyRegistered("W", "W-0003"));
	}

	private static Conversation notice() {
		return SignupFlow.start(Purpose.SELF, FACTS).next();
	}

	private static Conversation asking(Question question, Map<String, String> answers) {
		return notice().withAnswers(answers).at(new Answering(question, false), NOW);
	}

	private static Map<String, String> complete() {
		return Map.ofEntries(Map.entry("name", "王小明"), Map.entry("office", "西屯區公所"), Map.entry("section", "人文課"),
				Map.entry("title", "課員"), Map.entry("learningHours", Question.NO), Map.entry("gender", "男"),
				Map.entry("email", "wang@taichung.gov.tw"), Map.entry("dayPhone", "0422289111"),
				Map.entry("mobile", "0912345678"), Map.entry("address", "臺中市西屯區"), Map.entry("youtubeId", "xm"),
				Map.entry("lineId", "xm"));
	}

	private static Map<String, String> completeWithout(String... fields) {
		Map<String, String> answers = new java.util.HashMap<>(complete());
		for (String field : fields) {
			answers.remove(field);
		}
		return answers;
	}

	private static Workshop workshop(String id, BigDecimal hours) {
		Instant starts = NOW.plus(Duration.ofDays(3));
		return new Workshop(id, "工作坊", null, starts, starts.plus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(2)),
				null, hours, null, List.of(new Office("西屯區公所", false, false), new Office("其他單位", false, true)),
				List.of());
	}

}
