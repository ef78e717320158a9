package tw.workshopbot.attendance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.PendingAttendance.Pending;
import tw.workshopbot.attendance.PendingAttendance.Question;
import tw.workshopbot.attendance.Seats.Seat;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.signup.GroupRedirect;

import static tw.workshopbot.attendance.AttendanceDesk.ACT;
import static tw.workshopbot.attendance.AttendanceDesk.WORKSHOP;

/**
 * 簽到 and 簽退 in the 1:1 chat, and the answers to what the bot asks about them (which
 * workshop, the code, leaving early, a paper registration). The time of record is when
 * the person tapped (the event's timestamp), kept server-side until the answer comes.
 */
@Component
@Order(90)
class AttendanceChat implements TextCommand {

	/** Words that must reach their own handlers even while a code is asked for. */
	private static final List<String> OTHER_COMMANDS = List.of("signup", "help", "myRegistrations", "deleteMyData",
			"streamLink", "colleague", "attendanceStats");

	private final Seats seats;

	private final AttendanceDesk desk;

	private final PaperRegistrations paper;

	private final PendingAttendance pending;

	private final GroupRedirect groupRedirect;

	private final Commands commands;

	private final BotTexts texts;

	AttendanceChat(Seats seats, AttendanceDesk desk, PaperRegistrations paper, PendingAttendance pending,
			GroupRedirect groupRedirect, Commands commands, BotTexts texts) {
		this.seats = seats;
		this.desk = desk;
		this.paper = paper;
		this.pending = pending;
		this.groupRedirect = groupRedirect;
		this.commands = commands;
		this.texts = texts;
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		boolean checkIn = this.commands.is("checkIn", said.text());
		boolean checkOut = this.commands.is("checkOut", said.text());
		boolean tapped = said.postback().containsKey(ACT);
		if (!tapped && !checkIn && !checkOut) {
			return said.inOneToOne() ? typedAnswer(said) : Optional.empty();
		}
		if (!said.inOneToOne()) {
			return Optional.of(this.groupRedirect.to(said.text()));
		}
		if (tapped) {
			return Optional.of(tapped(said));
		}
		Pending tap = new Pending(null, checkIn, said.context().occurredAt(), null, false);
		return Optional.of(checkIn ? checkIn(said, tap) : checkOut(said, tap));
	}

	private List<BotMessage> checkIn(Said said, Pending tap) {
		List<Seat> seats = this.seats.of(said.userId(), tap.at());
		if (seats.size() > 1) {
			return pick(said, tap, seats);
		}
		if (seats.size() == 1) {
			return this.desk.checkIn(said, seats.get(0), tap);
		}
		return this.paper.noSeat(said, tap);
	}

	private List<BotMessage> checkOut(Said said, Pending tap) {
		List<Seat> registered = this.seats.of(said.userId(), tap.at());
		List<Seat> seats = registered.stream().filter(this.seats::checkedIn).toList();
		if (seats.isEmpty() && registered.isEmpty()) {
			return this.seats.justClosed(said.userId(), tap.at())
				.map((workshop) -> this.desk.say(said.locale(), "attendance.checkOut.closed", workshop.title()))
				.orElseGet(() -> this.desk.say(said.locale(), "attendance.checkOut.none"));
		}
		if (seats.isEmpty()) {
			return this.desk.say(said.locale(), "attendance.checkOut.notCheckedIn");
		}
		if (seats.size() > 1) {
			return pick(said, tap, seats);
		}
		return this.desk.checkOut(said, seats.get(0), tap, false);
	}

	/**
	 * A message that is no command: the code or claim the bot asked for, or 取消. Anything
	 * else (報名, a sign-up answer) goes on to the other handlers and leaves the question
	 * open, so that it neither counts as a wrong try nor gets lost.
	 */
	private Optional<List<BotMessage>> typedAnswer(Said said) {
		Optional<Pending> asked = this.pending.peek(said.userId())
			.filter((pending) -> pending.question() == Question.CODE || pending.question() == Question.CLAIM)
			.filter((pending) -> this.commands.is("cancel", said.text()) || answers(pending, said.text()));
		if (asked.isEmpty()) {
			return Optional.empty();
		}
		this.pending.take(said.userId());
		if (this.commands.is("cancel", said.text())) {
			return Optional.of(this.desk.say(said.locale(), "attendance.cancelled"));
		}
		if (asked.get().question() == Question.CLAIM) {
			return Optional.of(this.paper.claimTyped(said, asked.get()));
		}
		return Optional.of(seat(said, asked.get()).map((seat) -> this.desk.codeTyped(said, seat, asked.get()))
			.orElseGet(() -> this.desk.say(said.locale(), "attendance.expired")));
	}

	/**
	 * A tap on "which workshop", "leave now" or "walk in": the stored question decides,
	 * not the button.
	 */
	private List<BotMessage> tapped(Said said) {
		String action = said.postback().get(ACT);
		Optional<Pending> asked = this.pending.take(said.userId());
		if ("stay".equals(action)) {
			return this.desk.say(said.locale(), "attendance.checkOut.stayed");
		}
		String workshopId = said.postback().get(WORKSHOP);
		if (asked.isEmpty() || workshopId == null) {
			return this.desk.say(said.locale(), "attendance.expired");
		}
		Pending question = asked.get();
		if ("walkin".equals(action) && question.question() == Question.CLAIM) {
			return this.paper.walkIn(said, question, workshopId);
		}
		Pending chosen = question.asking(question.question(), workshopId);
		Optional<Seat> seat = seat(said, chosen);
		if (seat.isEmpty()) {
			return this.desk.say(said.locale(), "attendance.expired");
		}
		if (question.checkIn()) {
			return this.desk.checkIn(said, seat.get(), chosen);
		}
		boolean confirmed = "leave".equals(action) && question.question() == Question.LEAVE_EARLY
				&& workshopId.equals(question.workshopId());
		return this.desk.checkOut(said, seat.get(), chosen, confirmed);
	}

	/** Whether the text has the shape of what was asked for, and is no other command. */
	private boolean answers(Pending asked, String text) {
		if (OTHER_COMMANDS.stream().anyMatch((command) -> this.commands.is(command, text))) {
			return false;
		}
		return (asked.question() == Question.CODE) ? AttendanceCodes.looksLikeCode(text)
				: PaperRegistrations.looksLikeClaim(text);
	}

	private Optional<Seat> seat(Said said, Pending asked) {
		return this.seats.in(asked.workshopId(), said.userId(), asked.at());
	}

	private List<BotMessage> pick(Said said, Pending tap, List<Seat> seats) {
		this.pending.remember(said.userId(), tap.asking(Question.WHICH, null));
		String ask = this.texts.in(said.locale(), "attendance.which");
		List<Choice> buttons = seats.stream()
			.map((seat) -> Choice.tapping(seat.workshop().title(),
					Said.data(Map.of(ACT, "pick", WORKSHOP, seat.workshop().id()))))
			.toList();
		return List.of(new Cards(ask, List.of(new Card(ask, List.of(), List.of(), buttons)), List.of()));
	}

}
