package tw.workshopbot.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.workshopbot.broadcast.Deliveries;
import tw.workshopbot.broadcast.StreamLink;
import tw.workshopbot.support.LineWebhook;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rehearsal kept in Redis outlives its demo: when the demo is dated anew (at a start
 * after it ended), its stream link is set again, so that the new T−10 sends it; a start
 * with the demo unchanged sets nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/line-stand-in-test",
				"LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET })
class DemoRehearsalTest {

	@Autowired
	private DemoRehearsal demo;

	@Autowired
	private Workshops workshops;

	@Autowired
	private Deliveries deliveries;

	@Test
	void aDemoDatedAnewGetsItsStreamLinkAgainAndAnUnchangedOneDoesNot() {
		int before = version();
		this.demo.prepare();
		assertThat(version()).as("the same demo, started again").isEqualTo(before);

		Workshop ended = this.workshops.find(DemoRehearsal.DEMO_WORKSHOP).orElseThrow();
		Duration later = Duration.ofDays(7);
		this.workshops.replace(new Workshop(ended.id(), ended.title(), ended.series(), ended.startsAt().plus(later),
				ended.endsAt().plus(later), ended.registrationClosesAt().plus(later), ended.venue(),
				ended.learningHours(), ended.capacity(), ended.offices(), ended.contacts()));
		this.demo.prepare();

		assertThat(version()).isEqualTo(before + 1);
		assertThat(this.deliveries.streamLink(DemoRehearsal.DEMO_WORKSHOP)).map(StreamLink::url)
			.hasValue(DemoRehearsal.demoStream(this.workshops.find(DemoRehearsal.DEMO_WORKSHOP).orElseThrow()));
	}

	private int version() {
		return this.deliveries.streamLink(DemoRehearsal.DEMO_WORKSHOP).map(StreamLink::version).orElse(0);
	}

}
