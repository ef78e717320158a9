package tw.workshopbot.broadcast;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tw.workshopbot.support.LineApi;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.workshopbot.broadcast.DeliveryFixture.pushesTo;

/**
 * LINE stalls the push to one workshop's group: another workshop's announcement, sent
 * after it, does not wait behind it; the stalled one still arrives once LINE answers.
 */
class StalledDeliveryTest extends DeliveryTest {

	private static final String STALLED_GROUP = "Cgroup00000000000000000000stall1";

	private static final int STALL_MILLIS = 4000;

	@Test
	void aDeliveryLineStallsHoldsUpNoOtherDelivery() {
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/push"))
				.withRequestBody(equalToJson("{\"to\": \"" + STALLED_GROUP + "\"}", true, true))
				.willReturn(okJson("{\"sentMessages\":[]}").withFixedDelay(STALL_MILLIS)));
		Workshop stalled = this.fixture.workshopStartingIn("S1", Duration.ofDays(2), StreamAudience.BOTH);
		Workshop other = this.fixture.workshopStartingIn("S2", Duration.ofDays(2), StreamAudience.BOTH);
		this.fixture.linkGroup(stalled, STALLED_GROUP);
		this.fixture.linkGroup(other, GROUP);

		this.api.call("POST", "/api/workshops/S1/announcements", "{\"text\": \"S1 改到 3 樓\", \"audience\": \"groups\"}",
				202);
		await().atMost(Duration.ofSeconds(2)).until(() -> pushesTo(STALLED_GROUP).size() == 1);
		this.api.call("POST", "/api/workshops/S2/announcements", "{\"text\": \"S2 改到 5 樓\", \"audience\": \"groups\"}",
				202);

		await().atMost(Duration.ofSeconds(2)).until(() -> pushesTo(GROUP).size() == 1);
		assertThat(pushesTo(GROUP).get(0).getRequest().getBodyAsString()).contains("S2 改到 5 樓");
		await().atMost(Duration.ofSeconds(STALL_MILLIS / 1000 + 5))
			.until(() -> this.api.call("GET", "/api/workshops/S1/deliveries", null, 200).findValuesAsString("state"),
					(states) -> states.equals(java.util.List.of("done")));
		assertThat(pushesTo(STALLED_GROUP)).hasSize(1);
	}

}
