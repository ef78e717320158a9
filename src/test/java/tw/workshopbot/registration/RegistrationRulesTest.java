package tw.workshopbot.registration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.registration.Placement.Placed;
import tw.workshopbot.registration.Placement.Seat;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration rules, against a real Redis, through the scripts that enforce them.
 */
class RegistrationRulesTest extends IntegrationTest {

	@Autowired
	private Workshops workshops;

	@Autowired
	private Registrations registrations;

	@Autowired
	private Roster roster;

	@Autowired
	private Claims claims;

	@Test
	void givesTheLastSeatOnceAndWaitlistsTheRestInOrder() throws Exception {
		Workshop workshop = workshop("SEAT", 1);
		int attempts = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<Seat>> seats = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			NewRegistration row = row("同仁" + i, null);
			Callable<Seat> register = () -> {
				start.await();
				return placed(this.registrations.register(workshop, List.of(row), Channel.ORGANIZER)).get(0);
			};
			seats.add(pool.submit(register));
		}
		start.countDown();
		List<Seat> results = new ArrayList<>();
		for (Future<Seat> seat : seats) {
			results.add(seat.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn((seat) -> seat.status() == Status.CONFIRMED).hasSize(1);
		assertThat(results).filteredOn((seat) -> seat.status() == Status.WAITLISTED).hasSize(19);
		List<Registration> roster = this.roster.all("SEAT");
		assertThat(roster).extracting(Registration::registrationNo)
			.isSortedAccordingTo(String::compareTo)
			.hasSize(20)
			.doesNotHaveDuplicates();
		assertThat(roster.get(0).status()).isEqualTo(Status.CONFIRMED);
		assertThat(roster.subList(1, 20)).allMatch((registration) -> registration.status() == Status.WAITLISTED);
	}

	@Test
	void promotesTheFirstWaitingWhenASeatIsCancelled() {
		Workshop workshop = workshop("PROMO", 2);
		List<Seat> seats = placed(this.registrations.register(workshop,
				List.of(row("甲", null), row("乙", null), row("丙", null), row("丁", null)), Channel.ORGANIZER));
		assertThat(seats).extracting(Seat::status)
			.containsExactly(Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED);

		Registrations.Withdrawal cancelled = this.registrations.cancel(workshop, seats.get(0).registrationNo());

		assertThat(cancelled.registration().status()).isEqualTo(Status.CANCELLED);
		assertThat(cancelled.promoted()).containsExactly(seats.get(2).registrationNo());
		assertThat(status("PROMO", seats.get(2))).isEqualTo(Status.CONFIRMED);
		assertThat(status("PROMO", seats.get(3))).isEqualTo(Status.WAITLISTED);
		assertThat(this.registrations.cancel(workshop, seats.get(0).registrationNo()).promoted())
			.as("a second cancellation frees nothing")
			.isEmpty();
		assertThat(status("PROMO", seats.get(3))).isEqualTo(Status.WAITLISTED);
	}

	@Test
	void seatsTheWaitlistWhenTheCapacityGrows() {
		Workshop workshop = workshop("GROW", 1);
		List<Seat> seats = placed(this.registrations.register(workshop,
				List.of(row("甲", null), row("乙", null), row("丙", null)), Channel.ORGANIZER));
		Workshop larger = new Workshop("GROW", workshop.title(), null, workshop.startsAt(), workshop.endsAt(),
				workshop.registrationClosesAt(), null, workshop.learningHours(), 2, workshop.offices(), List.of());
		this.workshops.replace(larger);

		assertThat(this.registrations.fillFreedSeats(larger)).containsExactly(seats.get(1).registrationNo());
		assertThat(status("GROW", seats.get(2))).isEqualTo(Status.WAITLISTED);
	}

	@Test
	void refusesTheSameIdNumberTwiceHoweverItIsTyped() {
		Workshop workshop = workshop("ONCE", null);
		placed(this.registrations.register(workshop, List.of(withHours("A123456789")), Channel.ORGANIZER));

		Placement again = this.registrations.register(workshop, List.of(row("別人", null), withHours("ａ１２３４５６７８９")),
				Channel.ORGANIZER);

		assertThat(again).isInstanceOfSatisfying(Placement.Duplicates.class,
				(duplicates) -> assertThat(duplicates.duplicates())
					.containsExactly(new Placement.Duplicate(2, "nationalId", "ONCE-0001")));
		assertThat(this.roster.all("ONCE")).as("all or nothing: the valid row was not kept either").hasSize(1);
	}

	@Test
	void refusesASecondRegistrationOfOneLineAccountUntilTheFirstIsCancelled() {
		Workshop workshop = workshop("USER", null);
		Seat first = placed(this.registrations.register(workshop, List.of(row("甲", "Uone")), Channel.CHAT)).get(0);

		assertThat(this.registrations.register(workshop, List.of(row("甲", "Uone")), Channel.CHAT))
			.isInstanceOf(Placement.Duplicates.class);
		this.registrations.cancel(workshop, first.registrationNo());
		assertThat(this.registrations.register(workshop, List.of(row("甲", "Uone")), Channel.CHAT))
			.isInstanceOf(Placed.class);
		assertThat(this.roster.activeFor("USER", "Uone")).get()
			.extracting(Registration::registrationNo)
			.isEqualTo("USER-0002");
	}

	@Test
	void closesChatSignUpAtTheDeadlineButTakesOrganizersImportsUntilTheEnd() {
		Workshop workshop = workshop("LATE", null);
		this.clock.advance(Duration.ofDays(2).plusHours(1));

		assertThat(this.registrations.register(workshop, List.of(row("甲", "Ulate")), Channel.CHAT))
			.isEqualTo(new Placement.Closed(workshop.registrationClosesAt()));
		assertThat(this.registrations.register(workshop, List.of(row("乙", null)), Channel.ORGANIZER))
			.isInstanceOf(Placed.class);
		this.clock.advance(Duration.ofDays(1).plusHours(1));
		assertThat(this.registrations.register(workshop, List.of(row("丙", null)), Channel.ORGANIZER))
			.isInstanceOf(Placement.Closed.class);
	}

	@Test
	void aClaimCodeLinksOnceAndOnlyItsFirstClaimer() {
		Workshop workshop = workshop("CLAIM", null);
		Seat seat = placed(this.registrations.register(workshop, List.of(row("甲", null)), Channel.ORGANIZER)).get(0);
		assertThat(seat.claimCode()).matches("[A-HJ-NP-Z2-9]{6}");

		assertThat(this.claims.claim(seat.claimCode().toLowerCase(), "Ufirst").outcome())
			.isEqualTo(Claims.Outcome.CLAIMED);
		assertThat(this.claims.claim(seat.claimCode(), "Ufirst").outcome()).isEqualTo(Claims.Outcome.YOURS);
		assertThat(this.claims.claim(seat.claimCode(), "Usecond").outcome()).isEqualTo(Claims.Outcome.USED);
		Registration claimed = this.roster.find("CLAIM", seat.registrationNo()).orElseThrow();
		assertThat(claimed.lineUserId()).isEqualTo("Ufirst");
		assertThat(claimed.claimCode()).as("no longer offered once claimed").isNull();
		assertThat(this.roster.activeFor("CLAIM", "Ufirst")).isPresent();
	}

	@Test
	void locksOutAfterFiveWrongClaimCodes() {
		for (int i = 0; i < WrongTries.LIMIT; i++) {
			assertThat(this.claims.claim("ZZZZZ" + i, "Uguesser").outcome()).isEqualTo(Claims.Outcome.UNKNOWN);
		}

		assertThat(this.claims.claim("ABCDEF", "Uguesser").outcome()).isEqualTo(Claims.Outcome.TOO_MANY_TRIES);
		this.clock.advance(WrongTries.WINDOW);
		assertThat(this.claims.claim("ABCDEF", "Uguesser").outcome()).isEqualTo(Claims.Outcome.UNKNOWN);
	}

	@Test
	void erasingKeepsAnAnonymousRecordAndFreesTheSeatAndTheIdNumber() {
		Workshop workshop = workshop("ERASE", 1);
		List<Seat> seats = placed(this.registrations.register(workshop,
				List.of(withHours("A123456789"), row("乙", null)), Channel.ORGANIZER));

		Registrations.Withdrawal erased = this.registrations.erase(workshop, seats.get(0).registrationNo());

		Registration record = erased.registration();
		assertThat(record.isErased()).isTrue();
		assertThat(record.status()).isEqualTo(Status.CANCELLED);
		assertThat(record.office()).isEqualTo("西屯區公所");
		assertThat(record.claimCode()).isNull();
		assertThat(erased.promoted()).containsExactly(seats.get(1).registrationNo());
		assertThat(this.claims.claim(seats.get(0).claimCode(), "Ulate").outcome()).isEqualTo(Claims.Outcome.UNKNOWN);
		assertThat(this.registrations.register(workshop, List.of(withHours("A123456789")), Channel.ORGANIZER))
			.isInstanceOf(Placed.class);
	}

	private Workshop workshop(String id, Integer capacity) {
		Instant now = this.clock.instant();
		Workshop workshop = new Workshop(id, "測試工作坊 " + id, null, now.plus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), now.plus(Duration.ofDays(2)), null,
				BigDecimal.valueOf(2), capacity,
				List.of(new Office("西屯區公所", false, false), new Office("其他單位", false, true)), List.of());
		assertThat(this.workshops.insert(workshop)).isTrue();
		return workshop;
	}

	private Status status(String workshopId, Seat seat) {
		return this.roster.find(workshopId, seat.registrationNo()).orElseThrow().status();
	}

	private static List<Seat> placed(Placement placement) {
		assertThat(placement).isInstanceOf(Placed.class);
		return ((Placed) placement).seats();
	}

	private NewRegistration row(String name, String lineUserId) {
		Map<String, String> answers = ApplicationFormTest.form();
		answers.put("name", name);
		answers.put("learningHours", "不需要");
		return new NewRegistration(read(answers), lineUserId,
				(lineUserId != null) ? Registration.SELF : Registration.ADMIN, null);
	}

	private NewRegistration withHours(String nationalId) {
		Map<String, String> answers = ApplicationFormTest.form();
		answers.put("nationalId", nationalId);
		return new NewRegistration(read(answers), null, Registration.ADMIN, null);
	}

	private Applicant read(Map<String, String> answers) {
		Workshop any = this.workshops.all().get(0);
		ApplicationForm.Reading reading = ApplicationForm.read(answers, any,
				LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Taipei")));
		assertThat(reading.problems()).isEmpty();
		return reading.applicant();
	}

}
