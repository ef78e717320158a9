package tw.workshopbot.broadcast;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.attendance.AttendanceBook;
import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.workshopbot.broadcast.DeliveryFixture.pushesTo;

/**
 * When the session ends the linked groups hear, once, that some have not checked out;
 * when check-out closes the organizers get the numbers.
 */
class SessionEndTest extends DeliveryTest {

	@Autowired
	private AttendanceBook book;

	@Test
	void theGroupIsRemindedOnceAndTheOrganizersGetTheSummary() {
		Workshop workshop = this.fixture.workshopStartingIn("E1", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "e1", 3);
		this.fixture.linkGroup(workshop, GROUP);
		this.book.checkIn("E1", "E1-0001", new Mark(workshop.startsAt(), false));
		this.book.checkIn("E1", "E1-0002", new Mark(workshop.startsAt().plusSeconds(300), true));
		this.book.checkOut("E1", "E1-0002", new Mark(workshop.endsAt(), false));

		this.clock.advance(Duration.between(this.clock.instant(), workshop.endsAt()));

		await().atMost(Duration.ofSeconds(5)).until(() -> !pushesTo(GROUP).isEmpty());
		String reminder = pushesTo(GROUP).get(0).getRequest().getBodyAsString();
		assertThat(reminder).contains("還有 1 位已簽到、尚未簽退", "oaMessage").doesNotContain("postback");
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> pushesTo(GROUP).size() == 1);
		assertThat(summaries()).isEmpty();

		this.clock.advance(Duration.ofMinutes(60));

		await().atMost(Duration.ofSeconds(5)).until(() -> summaries().size() == 1);
		assertThat(summaries().get(0)).contains("準時簽到 1 人", "遲到 1 人", "尚未簽退 1 人", "未出席 1 人");
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> summaries().size() == 1);
	}

	@Test
	void nobodyIsRemindedWhenEveryoneCheckedOut() {
		Workshop workshop = this.fixture.workshopStartingIn("E2", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "e2", 1);
		this.fixture.linkGroup(workshop, GROUP);
		this.book.checkIn("E2", "E2-0001", new Mark(workshop.startsAt(), false));
		this.book.checkOut("E2", "E2-0001", new Mark(workshop.endsAt(), false));

		this.clock.advance(Duration.between(this.clock.instant(), workshop.endsAt()));

		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> pushesTo(GROUP).isEmpty());
	}

	private static List<String> summaries() {
		return pushesTo(ORGANIZER).stream()
			.map((event) -> event.getRequest().getBodyAsString())
			.filter((body) -> body.contains("簽退已截止"))
			.toList();
	}

}
