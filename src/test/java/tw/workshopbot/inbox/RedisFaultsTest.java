package tw.workshopbot.inbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.ChatUser.Answer;
import tw.workshopbot.support.FreezableRedis;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.PersonalDataScan;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis falters while people sign up and a delivery goes out: frozen for 5 s (SIGSTOP),
 * or killed and started again on its append-only file. The service is not restarted.
 * Every webhook is acknowledged with 200; every event is answered by reply, those that
 * could not be kept with 「系統忙碌」, which the person then says again; every sign-up ends
 * with a registration, and the delivery reaches its group once.
 */
class RedisFaultsTest extends IntegrationTest {

	private static final FreezableRedis REDIS = FreezableRedis.start();

	private static final int PEOPLE = 8;

	private static final String GROUP = "Cfaultsgroup000000000000000000001";

	@Autowired
	private Workshops workshops;

	private AdminApi api;

	@DynamicPropertySource
	static void ownRedis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", REDIS::url);
	}

	@AfterAll
	static void stopRedis() {
		PersonalDataScan.assertNothingInPlaintext(REDIS.url());
		REDIS.close();
	}

	@BeforeEach
	void aWorkshopWithAGroup() {
		Instant starts = this.clock.instant().plus(Duration.ofDays(3));
		this.workshops.insert(new Workshop("R1", "故障演練工作坊", null, starts, starts.plus(Duration.ofHours(2)),
				starts.minus(Duration.ofDays(1)), null, BigDecimal.valueOf(2), null,
				List.of(new Office("西屯區公所", false, false), new Office("其他單位", false, true)),
				List.of(new Contact("主辦單位", "臺中市政府文化局", "陳小姐", "04-2228-9111", null, null))));
		this.webhook.deliver(joinedGroup());
		this.api = new AdminApi(this.port);
		await().untilAsserted(
				() -> this.api.call("POST", "/api/workshops/R1/groups", "{\"groupId\": \"" + GROUP + "\"}", 201));
	}

	@Test
	void redisFrozenForFiveSecondsLosesNoSignUpAndSendsTheDeliveryOnce() {
		signUpEveryoneWhile(() -> {
			REDIS.freeze();
			await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
			REDIS.thaw();
		});
	}

	@Test
	void redisKilledAndRestartedOnItsFileLosesNoSignUpAndSendsTheDeliveryOnce() {
		signUpEveryoneWhile(() -> {
			REDIS.kill();
			await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
			REDIS.restart();
		});
	}

	/**
	 * Everyone signs up side by side; once each is halfway, the announcement is sent and
	 * the fault happens.
	 */
	private void signUpEveryoneWhile(Runnable fault) {
		CountDownLatch halfway = new CountDownLatch(PEOPLE);
		CountDownLatch faultOver = new CountDownLatch(1);
		List<CompletableFuture<Answer>> signUps = IntStream.range(0, PEOPLE)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> signUp(i, halfway, faultOver)))
			.toList();
		awaitLatch(halfway);
		this.api.call("POST", "/api/workshops/R1/announcements", "{\"text\": \"教室改到 3 樓\", \"audience\": \"groups\"}",
				202);
		fault.run();
		faultOver.countDown();

		for (CompletableFuture<Answer> signUp : signUps) {
			assertThat(signUp.join().text()).contains("報名完成");
		}
		JsonNode registrations = this.api.call("GET", "/api/workshops/R1/registrations", null, 200);
		assertThat(registrations.findValuesAsString("registrationNo")).hasSize(PEOPLE).doesNotHaveDuplicates();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.call("GET", "/api/workshops/R1/deliveries", null, 200).findValuesAsString("state"),
					(states) -> states.equals(List.of("done")));
		List<ServeEvent> pushes = LineApi.requestsTo("/v2/bot/message/push");
		assertThat(pushes).as("the announcement, and no answer by push")
			.allSatisfy((push) -> assertThat(push.getRequest().getBodyAsString()).contains(GROUP, "教室改到 3 樓"));
		assertThat(pushes.stream().filter((push) -> push.getResponse().getStatus() == 200)).hasSize(1);
	}

	private Answer signUp(int i, CountDownLatch halfway, CountDownLatch faultOver) {
		StringBuilder transcript = new StringBuilder();
		ChatUser person = new ChatUser("Ufaults%028d".formatted(i), this.webhook, transcript);
		try {
			return walk(person, i, halfway, faultOver);
		}
		catch (RuntimeException | AssertionError ex) {
			List<String> inbox = tw.workshopbot.support.RawRedis.everyKeyAndValue(REDIS.url())
				.stream()
				.filter((entry) -> (entry.contains("inbox") && !entry.contains(":seen:"))
						|| entry.contains(person.userId()))
				.toList();
			throw new AssertionError("Transcript of " + person.userId() + ":\n" + transcript + "\nInbox: " + inbox, ex);
		}
	}

	private Answer walk(ChatUser person, int i, CountDownLatch halfway, CountDownLatch faultOver) {
		List<Function<ChatUser, Answer>> steps = List.of((p) -> p.says("報名"), (p) -> p.taps("同意"),
				(p) -> p.says("王小明" + i), (p) -> p.says("西屯區公所"), (p) -> p.says("人文課"), (p) -> p.says("課員"),
				(p) -> p.taps("不需要"), (p) -> p.says("男"), (p) -> p.says("wang" + i + "@taichung.gov.tw"),
				(p) -> p.says("04-22289111"), (p) -> p.says("0912345678"), (p) -> p.says("臺中市西屯區台灣大道三段99號"),
				(p) -> p.says("小明的頻道"), (p) -> p.says("xiaoming" + i), (p) -> p.taps("確認送出"));
		Answer answer = null;
		for (int step = 0; step < steps.size(); step++) {
			if (step == steps.size() / 2) {
				halfway.countDown();
			}
			if (step > steps.size() / 2 && faultOver.getCount() > 0 && step % 2 == 0) {
				// Some keep talking through the fault: they are told it is busy.
				awaitLatch(faultOver);
			}
			answer = steps.get(step).apply(person);
			while (answer.text().contains(ChatUser.BUSY)) {
				answer = person.again();
			}
		}
		return answer;
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static WebhookEvent joinedGroup() {
		return WebhookEvent.fixture("join").inGroup(GROUP, null);
	}

}
