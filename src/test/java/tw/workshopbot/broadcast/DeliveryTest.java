package tw.workshopbot.broadcast;

import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.group.Groups;
import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.workshop.Workshops;

import static tw.workshopbot.broadcast.DeliveryFixture.pushesTo;

/** The service with one organizer, and what deliveries' tests build on. */
abstract class DeliveryTest extends IntegrationTest {

	static final String ORGANIZER = "Uorganizer0000000000000000000001";

	static final String GROUP = "Cgroup00000000000000000000000001";

	@Autowired
	protected Workshops workshops;

	@Autowired
	protected Registrations registrations;

	@Autowired
	protected Groups groups;

	@Autowired
	protected GroupLinks links;

	@Autowired
	protected Organizers organizers;

	protected DeliveryFixture fixture;

	protected AdminApi api;

	@BeforeEach
	void anOrganizer() {
		this.fixture = new DeliveryFixture(this.workshops, this.registrations, this.groups, this.links, this.clock);
		this.api = new AdminApi(this.port);
		this.organizers.redeem(this.organizers.invite("admin").code(), ORGANIZER);
	}

	/** What the organizer was told about finished deliveries. */
	static List<ServeEvent> reports() {
		return pushesTo(ORGANIZER).stream()
			.filter((event) -> event.getRequest().getBodyAsString().contains("已送出"))
			.toList();
	}

}
