package tw.workshopbot.attendance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.Pending.Question;
import tw.workshopbot.attendance.Seats.Seat;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.DialogFeature;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.signup.GroupRedirect;

import static tw.workshopbot.attendance.AttendanceDesk.ACT;
import static tw.workshopbot.attendance.AttendanceDesk.WORKSHOP;

/**
 * 簽到 and 簽退 in the 1:1 chat, and the answers to what the bot asks about them (which
 * workshop, the code, leaving early, a paper registration). The time of record is when
 * the person tapped (the event's timestamp), kept in the question left open until the
 * answer comes.
 */
@Component
class AttendanceChat implements DialogFeature<Pending> {

	private final Seats seats;

	private final AttendanceDesk desk;

	private final PaperRegistrations paper;

	private final GroupRedirect groupRedirect;

	private final Commands commands;

	private final BotTexts texts;

	AttendanceChat(Seats seats, AttendanceDesk desk, PaperRegistrations paper, GroupRedirect groupRedirect,
			Commands commands, BotTexts texts) {
		this.seats = seats;
		this.desk = desk;
		this.paper = paper;
		this.groupRedirect = groupRedirect;
		this.commands = commands;
		this.texts = texts;
	}

	@Override
	public Set<String> names() {
		return Set.of("checkIn", "checkOut");
	}

	@Override
	public Set<String> taps() {
		return Set.of(ACT);
	}

	@Override
	public Handled<Pending> command(Said said, Pending open) {
		if (!said.inOneToOne()) {
			return Handled.done(this.groupRedirect.to(said.text()));
		}
		if (said.postback().containsKey(ACT)) {
			return tapped(said, open);
		}
		boolean checkIn = this.commands.is("checkIn", said.text());
		Pending tap = new Pending(null, checkIn, said.context().occurredAt(), null, false);
		return checkIn ? checkIn(said, tap) : checkOut(said, tap);
	}

	/**
	 * The code or claim the bot asked for, or 取消. Anything else (a sign-up answer) is
	 * left for the conversation beneath and the question stays open, so that it neither
	 * counts as a wrong try nor gets lost.
	 */
	@Override
	public Optional<Handled<Pending>> answer(Said said, Pending asked) {
		boolean cancel = this.commands.is("cancel", said.text());
		boolean typed = (asked.question() == Question.CODE || asked.question() == Question.CLAIM) && !said.isTap();
		if (!typed || !(cancel || answers(asked, said.text()))) {
			return Optional.empty();
		}
		if (cancel) {
			return Optional.of(this.desk.done(said.locale(), "attendance.cancelled"));
		}
		if (asked.question() == Question.CLAIM) {
			return Optional.of(this.paper.claimTyped(said, asked));
		}
		return Optional.of(seat(said, asked).map((seat) -> this.desk.codeTyped(said, seat, asked))
			.orElseGet(() -> this.desk.done(said.locale(), "attendance.expired")));
	}

	private Handled<Pending> checkIn(Said said, Pending tap) {
		List<Seat> seats = this.seats.of(said.userId(), tap.at());
		if (seats.size() > 1) {
			return pick(said, tap, seats);
		}
		if (seats.size() == 1) {
			return this.desk.checkIn(said, seats.get(0), tap);
		}
		return this.paper.noSeat(said, tap);
	}

	private Handled<Pending> checkOut(Said said, Pending tap) {
		List<Seat> registered = this.seats.of(said.userId(), tap.at());
		List<Seat> seats = registered.stream().filter(this.seats::checkedIn).toList();
		if (seats.isEmpty() && registered.isEmpty()) {
			return this.seats.justClosed(said.userId(), tap.at())
				.map((workshop) -> this.desk.done(said.locale(), "attendance.checkOut.closed", workshop.title()))
				.orElseGet(() -> this.desk.done(said.locale(), "attendance.checkOut.none"));
		}
		if (seats.isEmpty()) {
			return this.desk.done(said.locale(), "attendance.checkOut.notCheckedIn");
		}
		if (seats.size() > 1) {
			return pick(said, tap, seats);
		}
		return this.desk.checkOut(said, seats.get(0), tap, false);
	}

	/**
	 * A tap on "which workshop", "leave now" or "walk in": the open question decides, not
	 * the button.
	 */
	private Handled<Pending> tapped(Said said, Pending asked) {
		String action = said.postback().get(ACT);
		if ("stay".equals(action)) {
			return this.desk.done(said.locale(), "attendance.checkOut.stayed");
		}
		String workshopId = said.postback().get(WORKSHOP);
		if (asked == null || workshopId == null) {
			return this.desk.done(said.locale(), "attendance.expired");
		}
		if ("walkin".equals(action) && asked.question() == Question.CLAIM) {
			return this.paper.walkIn(said, asked, workshopId);
		}
		Pending chosen = asked.asking(asked.question(), workshopId);
		Optional<Seat> seat = seat(said, chosen);
		if (seat.isEmpty()) {
			return this.desk.done(said.locale(), "attendance.expired");
		}
		if (asked.checkIn()) {
			return this.desk.checkIn(said, seat.get(), chosen);
		}
		boolean confirmed = "leave".equals(action) && asked.question() == Question.LEAVE_EARLY
				&& workshopId.equals(asked.workshopId());
		return this.desk.checkOut(said, seat.get(), chosen, confirmed);
	}

	/** Whether the text has the shape of what was asked for. */
	private static boolean answers(Pending asked, String text) {
		return (asked.question() == Question.CODE) ? AttendanceCodes.looksLikeCode(text)
				: PaperRegistrations.looksLikeClaim(text);
	}

	private Optional<Seat> seat(Said said, Pending asked) {
		return this.seats.in(asked.workshopId(), said.userId(), asked.at());
	}

	private Handled<Pending> pick(Said said, Pending tap, List<Seat> seats) {
		String ask = this.texts.in(said.locale(), "attendance.which");
		List<Choice> buttons = seats.stream()
			.map((seat) -> Choice.tapping(seat.workshop().title(),
					Said.data(Map.of(ACT, "pick", WORKSHOP, seat.workshop().id()))))
			.toList();
		return Handled.asking(tap.asking(Question.WHICH, null),
				List.of(new Cards(ask, List.of(new Card(ask, List.of(), List.of(), buttons)), List.of())));
	}

}
