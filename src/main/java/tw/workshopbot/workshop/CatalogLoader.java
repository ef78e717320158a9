package tw.workshopbot.workshop;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.setup.LocalMode;
import tw.workshopbot.setup.StartupTask;

/**
 * Puts the catalog's workshops into Redis at start-up when they are absent: what
 * organizers changed through the admin API stays as they left it. In local mode a demo
 * workshop, dated from now, gives a fresh run something to sign up for.
 */
@Component
@Order(1)
class CatalogLoader implements StartupTask {

	static final String DEMO_ID = "demo";

	private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

	private final Workshops workshops;

	private final CatalogOffices offices;

	private final CatalogLearningHours learningHours;

	private final AppProperties app;

	private final Environment environment;

	private final Clock clock;

	CatalogLoader(Workshops workshops, CatalogOffices offices, CatalogLearningHours learningHours, AppProperties app,
			Environment environment, Clock clock) {
		this.learningHours = learningHours;
		this.workshops = workshops;
		this.offices = offices;
		this.app = app;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "the catalog " + this.app.catalog();
	}

	/**
	 * The file is read and checked before Redis is asked anything: a bad one stops the
	 * start.
	 */
	@Override
	public void run() throws IOException {
		Catalog catalog = read(this.app.catalog());
		List<Workshop> complete = new ArrayList<>();
		for (Workshop workshop : catalog.workshops()) {
			complete.add(workshop.withCatalogDefaults(catalog.offices(), catalog.dayBeforeReminderAt()));
			refuseBeyondLimits(complete.get(complete.size() - 1));
		}
		this.offices.use(catalog.offices());
		this.learningHours.use(catalog.learningHoursList());
		this.workshops.claimStoredIds();
		this.workshops.storeSeats();
		int added = 0;
		for (Workshop workshop : complete) {
			added += this.workshops.insert(workshop) ? 1 : 0;
		}
		log.info("Catalog {}: {} offices, {} workshops ({} new)", this.app.catalog(), catalog.offices().size(),
				catalog.workshops().size(), added);
		if (LocalMode.isOn(this.environment)) {
			addDemo(catalog.offices());
		}
	}

	/**
	 * A catalog's workshop is held to the API's limits: the messages built from it must
	 * fit LINE's. The service does not start with one that breaks them, and says which.
	 */
	private void refuseBeyondLimits(Workshop workshop) {
		List<String> problems = new ArrayList<>();
		WorkshopLimits
			.ofTexts(workshop.title(), workshop.series(), workshop.venue(), workshop.offices(), workshop.contacts())
			.forEach((problem) -> problems.add(problem.field() + ": " + problem.message()));
		for (Instant time : new Instant[] { workshop.startsAt(), workshop.endsAt(), workshop.registrationClosesAt() }) {
			if (!WorkshopLimits.inRange(time)) {
				problems.add("times: " + WorkshopLimits.rangeMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("CATALOG " + this.app.catalog().toAbsolutePath() + ", workshop "
					+ workshop.id() + ": " + String.join("; ", problems));
		}
	}

	static Catalog read(Path file) throws IOException {
		if (!Files.isReadable(file)) {
			throw new IOException("CATALOG " + file.toAbsolutePath() + " cannot be read");
		}
		return YAMLMapper.builder().build().readValue(file.toFile(), Catalog.class);
	}

	/** Opens now and starts in two days; dated anew once an earlier demo has ended. */
	private void addDemo(List<Office> catalogOffices) {
		Instant now = this.clock.instant();
		boolean current = this.workshops.find(DEMO_ID).map((demo) -> !demo.hasEnded(now)).orElse(false);
		if (current) {
			return;
		}
		Instant startsAt = now.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		Workshop demo = new Workshop(DEMO_ID, "示範工作坊（本機測試用） Demo workshop", null, startsAt,
				startsAt.plus(Duration.ofHours(2)), startsAt.minus(Duration.ofHours(2)), "線上直播 Online",
				BigDecimal.valueOf(2), null, catalogOffices, List.of());
		if (!this.workshops.insert(demo)) {
			this.workshops.replace(demo);
		}
	}

}
