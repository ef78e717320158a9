package tw.workshopbot.support;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on a random port, with a real Redis process and WireMock as LINE.
 * After each test every request the service sent to LINE is checked against LINE's spec
 * and limits; after each class, Redis and the log are scanned for plaintext personal
 * data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET,
				"LINE_CHANNEL_ACCESS_TOKEN=test-access-token", "ADMIN_TOKEN=" + IntegrationTest.ADMIN_TOKEN,
				"PUBLIC_BASE_URL=https://bot.example.tw",
				"DATA_ENCRYPTION_KEY=q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=", "inbox.poll-every=100ms" })
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

	public static final String ADMIN_TOKEN = "test-admin-token";

	static {
		TestRedis.url(); // starts Redis and sets REDIS_URL before any context
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	protected TestClock clock;

	protected LineWebhook webhook;

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("LINE_API_BASE_URL", LineApi::baseUrl);
		registry.add("LINE_API_DATA_BASE_URL", LineApi::baseUrl);
	}

	@BeforeEach
	void cleanSlate() {
		this.webhook = new LineWebhook(this.port);
		await().atMost(Duration.ofSeconds(15)).until(() -> nothingPending());
		this.redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) (connection) -> {
			connection.serverCommands().flushAll();
			return null;
		});
		this.clock.reset();
		LineApi.reset();
	}

	/** Whether every event acknowledged so far has been handled. */
	protected boolean nothingPending() {
		return this.redis.keys("wb:inbox:*:pending").isEmpty();
	}

	@AfterEach
	void everyRequestToLineFollowsLinesSpecAndLimits() {
		for (ServeEvent event : LineApi.requests()) {
			List<String> problems = LineRequestValidator.problems(event.getRequest());
			assertThat(problems).as("%s %s", event.getRequest().getMethod(), event.getRequest().getUrl()).isEmpty();
		}
	}

	@AfterAll
	static void noPlaintextPersonalDataInRedisOrLog() {
		PersonalDataScan.assertNothingInPlaintext();
	}

}
