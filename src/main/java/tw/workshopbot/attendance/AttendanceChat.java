package tw.workshopbot.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.attendance.AttendanceBook.Recorded;
import tw.workshopbot.attendance.Seats.Seat;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.GroupRedirect;
import tw.workshopbot.workshop.Workshop;

/**
 * 簽到 and 簽退 in the 1:1 chat. The time of record is when the person tapped (the event's
 * timestamp), kept server-side while the bot asks which workshop or whether to leave
 * early, so neither a slow answer nor a tampered button changes it.
 */
@Component
@Order(90)
class AttendanceChat implements TextCommand {

	private static final String ACT = "attend";

	private static final String WORKSHOP = "w";

	private static final Duration PENDING = Duration.ofMinutes(10);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private final Seats seats;

	private final AttendanceBook book;

	private final AuditTrail audit;

	private final GroupRedirect groupRedirect;

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final Commands commands;

	private final BotTexts texts;

	private final ZoneId zone;

	AttendanceChat(Seats seats, AttendanceBook book, AuditTrail audit, GroupRedirect groupRedirect,
			StringRedisTemplate redis, JsonMapper json, Commands commands, BotTexts texts, AppProperties app) {
		this.seats = seats;
		this.book = book;
		this.audit = audit;
		this.groupRedirect = groupRedirect;
		this.redis = redis;
		this.json = json;
		this.commands = commands;
		this.texts = texts;
		this.zone = app.zone();
	}

	/** A check-in or check-out waiting for a tap: which workshop, or "yes, leave now". */
	record Pending(boolean checkIn, Instant at, String workshopId) {
	}

	static String pendingKey(String userId) {
		return "wb:user:{" + userId + "}:attendance-pending";
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		boolean checkIn = this.commands.is("checkIn", said.text());
		boolean checkOut = this.commands.is("checkOut", said.text());
		if (!said.postback().containsKey(ACT) && !checkIn && !checkOut) {
			return Optional.empty();
		}
		if (!said.inOneToOne()) {
			return Optional.of(this.groupRedirect.to(said.text()));
		}
		if (said.postback().containsKey(ACT)) {
			return Optional.of(tapped(said));
		}
		Instant at = said.context().occurredAt();
		return Optional.of(checkIn ? checkIn(said, at) : checkOut(said, at));
	}

	private List<BotMessage> checkIn(Said said, Instant at) {
		List<Seat> seats = this.seats.of(said.userId(), at);
		if (seats.size() > 1) {
			return pick(said, new Pending(true, at, null), seats);
		}
		if (seats.size() == 1) {
			return List.of(new Text(checkIn(said, seats.get(0), at)));
		}
		return noSeat(said, at);
	}

	private String checkIn(Said said, Seat seat, Instant at) {
		Locale locale = said.locale();
		AttendanceWindows windows = AttendanceWindows.of(seat.workshop());
		AttendanceWindows.CheckIn verdict = windows.checkIn(at);
		if (verdict == AttendanceWindows.CheckIn.NOT_YET) {
			return this.texts.say(locale, "attendance.checkIn.notYet", seat.workshop().title(),
					hour(windows.checkInOpens()));
		}
		if (verdict == AttendanceWindows.CheckIn.CLOSED) {
			return this.texts.say(locale, "attendance.checkIn.closed", seat.workshop().title());
		}
		String number = seat.registration().registrationNo();
		Recorded recorded = this.book.checkIn(seat.workshop().id(), number,
				new Mark(at, verdict == AttendanceWindows.CheckIn.LATE));
		if (!recorded.fresh()) {
			return this.texts.say(locale, "attendance.checkIn.already", hour(recorded.mark().at()));
		}
		this.audit.record(said.userId(), "attendance.check-in", number + " " + at);
		if (!recorded.mark().missedPart()) {
			return this.texts.say(locale, "attendance.checkIn.onTime", hour(at));
		}
		return this.texts.say(locale,
				seat.registration().learningHours() ? "attendance.checkIn.lateNoHours" : "attendance.checkIn.late",
				hour(at));
	}

	private List<BotMessage> checkOut(Said said, Instant at) {
		List<Seat> registered = this.seats.of(said.userId(), at);
		List<Seat> seats = registered.stream()
			.filter((seat) -> this.book.checkedIn(seat.workshop().id(), seat.registration().registrationNo())
				.isPresent())
			.toList();
		if (seats.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(),
					registered.isEmpty() ? "attendance.checkOut.none" : "attendance.checkOut.notCheckedIn")));
		}
		if (seats.size() > 1) {
			return pick(said, new Pending(false, at, null), seats);
		}
		return checkOut(said, seats.get(0), at, false);
	}

	private List<BotMessage> checkOut(Said said, Seat seat, Instant at, boolean confirmed) {
		Locale locale = said.locale();
		Workshop workshop = seat.workshop();
		AttendanceWindows.CheckOut verdict = AttendanceWindows.of(workshop).checkOut(at);
		if (verdict == AttendanceWindows.CheckOut.CLOSED) {
			return List.of(new Text(this.texts.say(locale, "attendance.checkOut.closed", workshop.title())));
		}
		if (verdict == AttendanceWindows.CheckOut.EARLY && !confirmed) {
			remember(said.userId(), new Pending(false, at, workshop.id()));
			String ask = this.texts.say(locale, "attendance.checkOut.confirmEarly");
			return List.of(new Text(ask,
					List.of(Choice.tapping(this.texts.in(locale, "attendance.checkOut.leave"),
							Said.data(Map.of(ACT, "leave", WORKSHOP, workshop.id()))),
							Choice.tapping(this.texts.in(locale, "attendance.checkOut.stay"),
									Said.data(Map.of(ACT, "stay"))))));
		}
		String number = seat.registration().registrationNo();
		boolean early = verdict == AttendanceWindows.CheckOut.EARLY;
		this.book.checkOut(workshop.id(), number, new Mark(at, early));
		this.audit.record(said.userId(), "attendance.check-out", number + " " + at);
		if (early) {
			return List.of(new Text(this.texts.say(locale, "attendance.checkOut.early", hour(at))));
		}
		boolean onTime = this.book.checkedIn(workshop.id(), number).map((mark) -> !mark.missedPart()).orElse(false);
		if (seat.registration().learningHours() && onTime) {
			return List.of(new Text(this.texts.say(locale, "attendance.checkOut.hours", hour(at),
					workshop.learningHours().stripTrailingZeros().toPlainString())));
		}
		return List.of(new Text(this.texts.say(locale,
				onTime ? "attendance.checkOut.complete" : "attendance.checkOut.afterLate", hour(at))));
	}

	/**
	 * A tap on "which workshop" or "leave now": the stored request decides, not the
	 * button.
	 */
	private List<BotMessage> tapped(Said said) {
		String action = said.postback().get(ACT);
		String stored = this.redis.opsForValue().getAndDelete(pendingKey(said.userId()));
		Optional<Pending> pending = Optional.ofNullable(stored).map((text) -> this.json.readValue(text, Pending.class));
		if ("stay".equals(action)) {
			return List.of(new Text(this.texts.say(said.locale(), "attendance.checkOut.stayed")));
		}
		String workshopId = said.postback().get(WORKSHOP);
		if (pending.isEmpty() || workshopId == null) {
			return List.of(new Text(this.texts.say(said.locale(), "attendance.expired")));
		}
		Instant at = pending.get().at();
		Optional<Seat> seat = this.seats.of(said.userId(), at)
			.stream()
			.filter((candidate) -> candidate.workshop().id().equals(workshopId))
			.findFirst();
		if (seat.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(), "attendance.expired")));
		}
		if (pending.get().checkIn()) {
			return List.of(new Text(checkIn(said, seat.get(), at)));
		}
		boolean confirmed = "leave".equals(action) && workshopId.equals(pending.get().workshopId());
		return checkOut(said, seat.get(), at, confirmed);
	}

	private List<BotMessage> pick(Said said, Pending pending, List<Seat> seats) {
		remember(said.userId(), pending);
		String ask = this.texts.in(said.locale(), "attendance.which");
		List<Choice> buttons = seats.stream()
			.map((seat) -> Choice.tapping(seat.workshop().title(),
					Said.data(Map.of(ACT, "pick", WORKSHOP, seat.workshop().id()))))
			.toList();
		return List.of(new Cards(ask, List.of(new Card(ask, List.of(), List.of(), buttons)), List.of()));
	}

	/**
	 * No confirmed seat in a running workshop: a walk-in if exactly one is running, else
	 * when the person's next one opens.
	 */
	private List<BotMessage> noSeat(Said said, Instant at) {
		List<Workshop> running = this.seats.checkingIn(at);
		if (running.size() == 1) {
			Workshop workshop = running.get(0);
			boolean first = this.book.walkIn(workshop.id(), said.userId(), at);
			if (first) {
				this.audit.record(said.userId(), "attendance.walk-in", workshop.id() + " " + at);
			}
			return List.of(new Text(this.texts.say(said.locale(), "attendance.walkIn", workshop.title(), hour(at))));
		}
		Optional<Workshop> next = this.seats.next(said.userId(), at);
		return List.of(new Text(next
			.map((workshop) -> this.texts.say(said.locale(), "attendance.checkIn.notYet", workshop.title(),
					day(AttendanceWindows.of(workshop).checkInOpens())))
			.orElseGet(() -> this.texts.say(said.locale(), "attendance.none"))));
	}

	private void remember(String userId, Pending pending) {
		this.redis.opsForValue().set(pendingKey(userId), this.json.writeValueAsString(pending), PENDING);
	}

	private String hour(Instant at) {
		return HOUR.format(at.atZone(this.zone));
	}

	private String day(Instant at) {
		return DateTimeFormatter.ofPattern("MM/dd HH:mm").format(at.atZone(this.zone));
	}

}
