package tw.workshopbot.workshop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.registration.Channel;
import tw.workshopbot.registration.Placement;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Status;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.SampleForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workshop's seats live beside it under their own key, which the registration scripts
 * read instead of the workshop's JSON; workshops stored before get theirs at start-up.
 */
class WorkshopSeatsTest extends IntegrationTest {

	@Autowired
	private Workshops workshops;

	@Autowired
	private Registrations registrations;

	@Autowired
	private JsonMapper json;

	@Test
	void theSeatsFollowEveryInsertAndReplace() {
		Workshop workshop = workshop("SEATS1", 1);
		this.workshops.insert(workshop);
		assertThat(this.redis.opsForValue().get(Workshops.seatsKey("SEATS1"))).isEqualTo("1");
		assertThat(place(workshop, "甲")).isEqualTo(Status.CONFIRMED);
		assertThat(place(workshop, "乙")).isEqualTo(Status.WAITLISTED);

		Workshop unlimited = workshop("SEATS1", null);
		this.workshops.replace(unlimited);
		assertThat(this.redis.opsForValue().get(Workshops.seatsKey("SEATS1"))).isEqualTo("none");
		assertThat(place(unlimited, "丙")).isEqualTo(Status.CONFIRMED);

		assertThat(this.workshops.replace(workshop("NOSUCH", 5))).isFalse();
		assertThat(this.redis.hasKey(Workshops.seatsKey("NOSUCH"))).as("no seats for no workshop").isFalse();
	}

	@Test
	void aWorkshopStoredBeforeSeatsWereKeptApartGetsThemAtStartUp() {
		Workshop old = workshop("SEATS2", 1);
		this.redis.opsForValue().set(Workshops.key("SEATS2"), this.json.writeValueAsString(old));
		this.redis.opsForSet().add(Workshops.INDEX, "SEATS2");
		this.workshops.insert(workshop("SEATS3", 7));
		this.redis.opsForValue().set(Workshops.seatsKey("SEATS3"), "8");

		this.workshops.storeSeats();

		assertThat(this.redis.opsForValue().get(Workshops.seatsKey("SEATS2"))).isEqualTo("1");
		assertThat(this.redis.opsForValue().get(Workshops.seatsKey("SEATS3"))).as("kept").isEqualTo("8");
		assertThat(place(old, "甲")).isEqualTo(Status.CONFIRMED);
		assertThat(place(old, "乙")).isEqualTo(Status.WAITLISTED);
	}

	private Status place(Workshop workshop, String name) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Taipei"));
		Placement placement = this.registrations.register(workshop,
				List.of(SampleForm.registration(workshop, name, null, today)), Channel.ORGANIZER);
		return ((Placement.Placed) placement).seats().get(0).status();
	}

	private Workshop workshop(String id, Integer capacity) {
		return new Workshop(id, "座位測試", null, this.clock.instant().plus(Duration.ofDays(3)),
				this.clock.instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(2)),
				this.clock.instant().plus(Duration.ofDays(2)), null, BigDecimal.ZERO, capacity,
				List.of(new Office("西屯區公所", false, false)), List.of());
	}

}
