package tw.workshopbot.attendance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.registration.Channel;
import tw.workshopbot.registration.Placement;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * A two-hour session (A1, two learning hours) starting in ten minutes, and one registrant
 * who asked for hours and is linked to LINE ({@code A1-0001}).
 */
abstract class AttendanceTest extends IntegrationTest {

	static final String PERSON = "Uattendee000000000000000000000001";

	@Autowired
	Workshops workshops;

	@Autowired
	Registrations registrations;

	@Autowired
	AttendanceBook book;

	Workshop workshop;

	ChatUser person;

	@BeforeEach
	void aSessionStartingInTenMinutesWithOneRegistrant() {
		Instant starts = this.clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
		this.workshop = new Workshop("A1", "期初討論工作坊", null, starts, starts.plus(Duration.ofHours(2)),
				starts.minus(Duration.ofDays(1)), "線上直播", BigDecimal.valueOf(2), null,
				List.of(new Office("西屯區公所", false, false)), List.of());
		this.workshops.insert(this.workshop);
		this.registrations.register(this.workshop, List.of(SampleForm.withHours(this.workshop, PERSON, today())),
				Channel.ORGANIZER);
		this.person = user(PERSON);
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Taipei"));
	}

	ChatUser user(String userId) {
		return new ChatUser(userId, this.webhook, new StringBuilder());
	}

	/**
	 * A registration that came on paper, with hours and this ID number: its claim code.
	 */
	String onPaper(String nationalId) {
		Placement placed = this.registrations.register(this.workshop,
				List.of(SampleForm.withHours(this.workshop, null, today(), nationalId)), Channel.ORGANIZER);
		return ((Placement.Placed) placed).seats().get(0).claimCode();
	}

	ChatUser.Answer tapsAt(ChatUser user, String command, Instant at) {
		return user.sends(WebhookEvent.text(user.userId(), command).at(at));
	}

}
