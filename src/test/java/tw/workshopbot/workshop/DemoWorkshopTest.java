package tw.workshopbot.workshop;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh local run has a workshop open for sign-up; a shared deployment never gets one.
 */
class DemoWorkshopTest extends IntegrationTest {

	@Autowired
	private Workshops workshops;

	@Autowired
	private CatalogOffices offices;

	@Autowired
	private AppProperties app;

	@Test
	void offersADemoOpenNowThatStartsInTwoDaysAndRedatesItOnceItEnded() throws Exception {
		loader(new MockEnvironment()).run();

		Workshop demo = this.workshops.find(CatalogLoader.DEMO_ID).orElseThrow();
		Instant now = this.clock.instant();
		assertThat(demo.registrationClosesAt()).isAfter(now);
		assertThat(Duration.between(now, demo.startsAt())).isBetween(Duration.ofHours(47), Duration.ofHours(48));
		assertThat(demo.offices()).hasSize(30);

		this.clock.advance(Duration.ofDays(3));
		loader(new MockEnvironment()).run();

		assertThat(this.workshops.find(CatalogLoader.DEMO_ID).orElseThrow().startsAt()).isAfter(this.clock.instant());
	}

	@Test
	void addsNoDemoToASharedDeployment() throws Exception {
		loader(new MockEnvironment().withProperty("REDIS_URL", "redis://redis.internal:6379")).run();

		assertThat(this.workshops.find(CatalogLoader.DEMO_ID)).isEmpty();
		assertThat(this.workshops.find("W109")).isPresent();
	}

	private CatalogLoader loader(MockEnvironment environment) {
		return new CatalogLoader(this.workshops, this.offices, new CatalogLearningHours(), this.app, environment,
				this.clock);
	}

}
