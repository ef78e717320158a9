package tw.workshopbot.broadcast;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.support.LineApi;
import tw.workshopbot.workshop.StreamAudience;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.workshopbot.broadcast.DeliveryFixture.pushesTo;

/**
 * Warnings, summaries and reports to organizers go through stored deliveries, as stream
 * links do: decided once, stored before the first push, sent and resent by the pump.
 */
class OrganizerNoticeTest extends DeliveryTest {

	private static final String MISSING_LINK = "還沒有設定直播連結";

	@Autowired
	private DeliveryPump pump;

	@Autowired
	private DueWork dueWork;

	@AfterEach
	void pumpRunning() {
		if (!this.pump.isRunning()) {
			this.pump.start();
		}
	}

	@Test
	void aWarningDecidedJustBeforeTheProcessDiedIsSentOnceAfterwards() {
		this.fixture.workshopStartingIn("N1", Duration.ofMinutes(20), StreamAudience.BOTH);
		this.pump.stop(); // the process dies right after deciding
		this.dueWork.planWhatIsDue();
		this.dueWork.planWhatIsDue(); // and a second instance decided the same

		assertThat(pushesTo(ORGANIZER)).as("nothing is sent while deciding").isEmpty();

		this.pump.start();

		await().atMost(Duration.ofSeconds(5)).until(() -> pushesTo(ORGANIZER).size() == 1);
		await().during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(2))
			.until(() -> pushesTo(ORGANIZER).size() == 1);
		assertThat(pushesTo(ORGANIZER).get(0).getRequest().getBodyAsString()).contains(MISSING_LINK);
	}

	@Test
	void aWarningLineRefusesFourTimesStillArrivesOnceWithTheSameRetryKey() {
		String state = Scenario.STARTED;
		for (int failure = 1; failure <= 4; failure++) {
			LineApi.server()
				.stubFor(post(urlPathEqualTo("/v2/bot/message/push"))
					.withRequestBody(equalToJson("{\"to\": \"" + ORGANIZER + "\"}", true, true))
					.inScenario("LINE falters")
					.whenScenarioStateIs(state)
					.willReturn(LineApi.error(500, "Internal server error"))
					.willSetStateTo("failed " + failure));
			state = "failed " + failure;
		}
		this.fixture.workshopStartingIn("N2", Duration.ofMinutes(20), StreamAudience.BOTH);

		// Each retry waits its pause on the service's clock.
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
			this.clock.advance(Duration.ofSeconds(4));
			return accepted(pushesTo(ORGANIZER)).size() == 1;
		});
		assertThat(pushesTo(ORGANIZER)).hasSize(5)
			.allSatisfy((push) -> assertThat(push.getRequest().getBodyAsString()).contains(MISSING_LINK));
		assertThat(pushesTo(ORGANIZER).stream().map(DeliveryFixture::retryKey).distinct()).hasSize(1);
	}

	private static List<ServeEvent> accepted(List<ServeEvent> pushes) {
		return pushes.stream().filter((push) -> push.getResponse().getStatus() == 200).toList();
	}

}
