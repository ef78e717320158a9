package tw.workshopbot.simulator;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.Deliveries;
import tw.workshopbot.broadcast.StreamLink;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.richmenu.RichMenuCommand;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * What a newcomer finds on first start: the rich menu installed (through the SDK, as
 * {@code --rich-menu} would), a test person and a test group linked to the demo workshop,
 * which has its stream link. Printed first, the simulator's address.
 */
@Component
@WhenSimulating
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoRehearsal implements ApplicationListener<ApplicationReadyEvent> {

	static final String DEMO_WORKSHOP = "demo";

	static final String DEMO_STREAM = "https://www.youtube.com/watch?v=workshop-demo";

	/** Each session its own address, as each livestream has. */
	static String demoStream(Workshop demo) {
		return DEMO_STREAM + "-" + demo.startsAt().getEpochSecond();
	}

	private static final Logger log = LoggerFactory.getLogger(DemoRehearsal.class);

	private final SimulatorStore store;

	private final Rehearsal rehearsal;

	private final Workshops workshops;

	private final GroupLinks links;

	private final Deliveries deliveries;

	private final RichMenuCommand richMenu;

	private final Environment environment;

	DemoRehearsal(SimulatorStore store, Rehearsal rehearsal, Workshops workshops, GroupLinks links,
			Deliveries deliveries, RichMenuCommand richMenu, Environment environment) {
		this.store = store;
		this.rehearsal = rehearsal;
		this.workshops = workshops;
		this.links = links;
		this.deliveries = deliveries;
		this.richMenu = richMenu;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("Chat simulator: open http://localhost:{}/simulator (no LINE channel needed; LINE's API is simulated"
				+ " in this process)", port);
		try {
			prepare();
		}
		catch (RuntimeException ex) {
			log.warn("The simulator's demo could not be prepared: {}", ex.getMessage());
		}
	}

	void prepare() {
		if (this.store.defaultRichMenu().isEmpty()) {
			this.richMenu.install();
		}
		if (this.store.people().isEmpty()) {
			TestPerson person = this.rehearsal.addPerson("王小明", "zh-TW");
			TestGroup group = this.rehearsal.addGroup("西屯區公所 工作坊群組", List.of(person.userId()));
			this.workshops.find(DEMO_WORKSHOP).ifPresent((demo) -> this.links.link(group.groupId(), demo.id()));
		}
		// A demo that ended is dated anew at start; the new session gets its own link, a
		// new version, which goes out at the new T−10 (a link is delivered once per
		// version).
		this.workshops.find(DEMO_WORKSHOP).ifPresent((demo) -> {
			String link = demoStream(demo);
			if (!this.deliveries.streamLink(demo.id()).map(StreamLink::url).map(link::equals).orElse(false)) {
				this.deliveries.setStreamLink(demo, link, "simulator", false);
			}
		});
	}

}
