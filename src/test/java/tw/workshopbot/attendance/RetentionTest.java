package tw.workshopbot.attendance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.retention.PersonalDataRetention;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.support.AdminApi;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ninety days (the default) after the session ends, ID numbers, birth dates and contact
 * details go; name, office and attendance stay, and the learning-hours list says why its
 * ID numbers are missing.
 */
class RetentionTest extends AttendanceTest {

	@Autowired
	private PersonalDataRetention retention;

	@Autowired
	private Roster roster;

	@Autowired
	private AuditTrail audit;

	@Test
	void theRetentionPeriodPurgesWhatIsNoLongerNeededAndKeepsTheRecord() {
		tapsAt(this.person, "簽到", this.workshop.startsAt());
		tapsAt(this.person, "簽退", this.workshop.endsAt());
		Instant due = this.workshop.endsAt().plus(Duration.ofDays(90));

		this.clock.advance(Duration.between(this.clock.instant(), due.minusSeconds(60)));
		this.retention.purgeDue();
		assertThat(this.roster.find("A1", "A1-0001").orElseThrow().isErased()).isFalse();

		this.clock.advance(Duration.ofSeconds(60));
		this.retention.purgeDue();
		this.retention.purgeDue();

		Registration kept = this.roster.find("A1", "A1-0001").orElseThrow();
		assertThat(kept.isPurged()).isTrue();
		assertThat(kept.applicant()).isNull();
		assertThat(kept.name()).isEqualTo("王小明");
		assertThat(kept.office()).isEqualTo("西屯區公所");
		assertThat(this.redis.opsForHash().entries("wb:reg:{w:A1}:ids")).isEmpty();
		assertThat(this.redis.<String, String>opsForHash().get("wb:reg:{w:A1}:cards", "A1-0001"))
			.doesNotContain("\"identity\":\"", "\"contact\":\"");

		AdminApi admin = new AdminApi(this.port);
		String list = new String(admin.download("/api/workshops/A1/learning-hours.csv").body(), StandardCharsets.UTF_8);
		assertThat(list).contains("王小明", "保存期限屆滿已刪除").doesNotContain("A123456789");
		assertThat(admin.call("GET", "/api/workshops/A1/attendance", null, 200).get(0).path("hoursGranted").asInt())
			.isEqualTo(2);
		assertThat(this.audit.latest(10)).filteredOn((entry) -> entry.action().equals("personal-data.purge"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).startsWith("A1:").doesNotContain("A123456789"));
	}

	@Test
	void aWorkshopMayKeepItsDataLongerOrShorter() {
		Workshop w = this.workshop;
		this.workshops.replace(new Workshop(w.id(), w.title(), null, w.startsAt(), w.endsAt(), w.registrationClosesAt(),
				w.venue(), w.learningHours(), null, w.offices(), w.contacts(), null, null, null, null, null, null, null,
				0));
		this.clock.advance(Duration.between(this.clock.instant(), this.workshop.endsAt()));

		this.retention.purgeDue();

		assertThat(this.roster.find("A1", "A1-0001").orElseThrow().isPurged()).isTrue();
	}

}
