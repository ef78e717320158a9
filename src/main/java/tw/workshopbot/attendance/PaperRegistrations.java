package tw.workshopbot.attendance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.Pending.Question;
import tw.workshopbot.attendance.Seats.Seat;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.form.InvalidInput;
import tw.workshopbot.form.NationalId;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.registration.Claims;
import tw.workshopbot.registration.Claims.Claim;
import tw.workshopbot.registration.Claims.Outcome;
import tw.workshopbot.workshop.Workshop;

import static tw.workshopbot.attendance.AttendanceDesk.ACT;
import static tw.workshopbot.attendance.AttendanceDesk.WORKSHOP;

/**
 * A check-in from someone the bot knows no registration of. Those who signed up on paper
 * link it with its claim code, or their ID number when they asked for hours, and are
 * checked in as of their tap; the others are recorded as walk-ins, without hours.
 */
@Component
class PaperRegistrations {

	/** An ID number or resident certificate number, checksum aside. */
	private static final Pattern CLAIM_SHAPE = Pattern.compile("[A-Z][A-Z0-9]\\d{8}");

	private final Seats seats;

	private final AttendanceBook book;

	private final AttendanceDesk desk;

	private final Claims claims;

	private final AuditTrail audit;

	private final BotTexts texts;

	PaperRegistrations(Seats seats, AttendanceBook book, AttendanceDesk desk, Claims claims, AuditTrail audit,
			BotTexts texts) {
		this.seats = seats;
		this.book = book;
		this.desk = desk;
		this.claims = claims;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * No confirmed seat in a workshop taking attendance: asks for a paper registration if
	 * one is checking in, else says when the person's next one opens.
	 */
	Handled<Pending> noSeat(Said said, Pending tap) {
		List<Workshop> running = this.seats.checkingIn(tap.at());
		Optional<Workshop> closed = this.seats.justClosed(said.userId(), tap.at());
		if (running.isEmpty() && closed.isPresent()) {
			return this.desk.done(said.locale(), "attendance.checkIn.closed", closed.get().title());
		}
		if (running.isEmpty()) {
			Optional<Workshop> next = this.seats.next(said.userId(), tap.at());
			return next
				.map((workshop) -> this.desk.done(said.locale(), "attendance.checkIn.notYet", workshop.title(),
						this.desk.day(AttendanceWindows.of(workshop).checkInOpens())))
				.orElseGet(() -> this.desk.done(said.locale(), "attendance.none"));
		}
		return askForClaim(said, tap.asking(Question.CLAIM, null), "attendance.claim.ask", running);
	}

	/** The claim code or ID number the bot asked for. */
	Handled<Pending> claimTyped(Said said, Pending asked) {
		List<Workshop> running = this.seats.checkingIn(asked.at());
		Claim claim = claim(said, running);
		if (claim.outcome() == Outcome.UNKNOWN && !running.isEmpty()) {
			return askForClaim(said, asked, "attendance.claim.unknown", running);
		}
		String title = (claim.workshop() != null) ? claim.workshop().title() : "";
		Text answer = new Text(this.texts.say(said.locale(), claim.messageKey(), claim.registrationNo(), title));
		if (!claim.linked()) {
			return Handled.done(List.of(answer));
		}
		Optional<Seat> seat = this.seats.in(claim.workshop().id(), said.userId(), asked.at());
		return seat.map((found) -> this.desk.checkIn(said, found, asked.asking(null, found.workshop().id())))
			.orElseGet(() -> walkIn(said, asked, claim.workshop().id()))
			.after(List.of(answer));
	}

	/** A tap on 「未報名，現場參加」. */
	Handled<Pending> walkIn(Said said, Pending asked, String workshopId) {
		Optional<Workshop> workshop = this.seats.checkingIn(asked.at())
			.stream()
			.filter((candidate) -> candidate.id().equals(workshopId))
			.findFirst();
		if (workshop.isEmpty()) {
			return this.desk.done(said.locale(), "attendance.expired");
		}
		if (this.book.walkIn(workshopId, said.userId(), asked.at())) {
			this.audit.record(said.userId(), "attendance.walk-in", workshopId + " " + asked.at());
		}
		return this.desk.done(said.locale(), "attendance.walkIn", workshop.get().title(), this.desk.hour(asked.at()));
	}

	/**
	 * An ID number is tried against the workshops checking in, anything else as a claim
	 * code. Neither is ever logged or audited.
	 */
	private Claim claim(Said said, List<Workshop> running) {
		Optional<NationalId> nationalId = nationalId(said.text());
		if (nationalId.isEmpty()) {
			return this.claims.claim(said.text(), said.userId());
		}
		Claim claim = new Claim(Outcome.UNKNOWN, null, null);
		for (Workshop workshop : running) {
			claim = this.claims.claimByNationalId(workshop, nationalId.get(), said.userId());
			if (claim.outcome() != Outcome.UNKNOWN) {
				return claim;
			}
		}
		return claim;
	}

	/**
	 * Whether the text has the shape of a claim code or an ID number (even one with a
	 * typo, which is answered, not passed on).
	 */
	static boolean looksLikeClaim(String typed) {
		String plain = Said.normalize(typed).replace(" ", "").toUpperCase(Locale.ROOT);
		return CLAIM_SHAPE.matcher(plain).matches() || Claims.looksLikeCode(typed);
	}

	private static Optional<NationalId> nationalId(String typed) {
		try {
			return Optional.of(NationalId.parse(typed));
		}
		catch (InvalidInput ex) {
			return Optional.empty();
		}
	}

	private Handled<Pending> askForClaim(Said said, Pending asking, String key, List<Workshop> running) {
		String walkIn = this.texts.in(said.locale(), "attendance.claim.walkIn");
		List<Choice> choices = running.stream()
			.limit(13)
			.map((workshop) -> Choice.tapping((running.size() == 1) ? walkIn : walkIn + "：" + workshop.title(),
					Said.data(Map.of(ACT, "walkin", WORKSHOP, workshop.id()))))
			.toList();
		return Handled.asking(asking,
				List.of(new Text(
						this.texts.say(said.locale(), key,
								running.stream().map(Workshop::title).reduce((a, b) -> a + "、" + b).orElse("")),
						choices)));
	}

}
