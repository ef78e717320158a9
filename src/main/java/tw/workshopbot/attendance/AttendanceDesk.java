package tw.workshopbot.attendance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceBook.Recorded;
import tw.workshopbot.attendance.AttendanceCodes.Verdict;
import tw.workshopbot.attendance.AttendanceFlow.Already;
import tw.workshopbot.attendance.AttendanceFlow.AskCode;
import tw.workshopbot.attendance.AttendanceFlow.ConfirmEarly;
import tw.workshopbot.attendance.AttendanceFlow.Decision;
import tw.workshopbot.attendance.AttendanceFlow.NotYet;
import tw.workshopbot.attendance.AttendanceFlow.Record;
import tw.workshopbot.attendance.AttendanceFlow.SeatState;
import tw.workshopbot.attendance.Seats.Seat;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * Records a check-in or check-out on a person's seat once every question is answered (the
 * code, leaving early), and says what it means for their learning hours: the edge of
 * {@link AttendanceFlow}, which decides. What it returns is the question left open, if
 * any.
 */
@Component
class AttendanceDesk {

	static final String ACT = "attend";

	static final String WORKSHOP = "w";

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd HH:mm");

	private final AttendanceBook book;

	private final AttendanceCodes codes;

	private final AuditTrail audit;

	private final BotTexts texts;

	private final ZoneId zone;

	AttendanceDesk(AttendanceBook book, AttendanceCodes codes, AuditTrail audit, BotTexts texts, AppProperties app) {
		this.book = book;
		this.codes = codes;
		this.audit = audit;
		this.texts = texts;
		this.zone = app.zone();
	}

	Handled<Pending> checkIn(Said said, Seat seat, Pending tap) {
		Locale locale = said.locale();
		Workshop workshop = seat.workshop();
		Decision decision = AttendanceFlow.checkIn(tap, workshop.id(), state(seat, true));
		if (!(decision instanceof Record record)) {
			return unrecorded(said, workshop, decision, "attendance.checkIn.closed");
		}
		String number = seat.registration().registrationNo();
		Recorded recorded = this.book.checkIn(workshop.id(), number, record.mark());
		if (!recorded.fresh()) {
			return done(locale, "attendance.checkIn.already", hour(recorded.mark().at()));
		}
		this.audit.record(said.userId(), "attendance.check-in", number + " " + tap.at());
		return done(locale, AttendanceFlow.checkedIn(recorded.mark(), seat.registration().learningHours()),
				hour(tap.at()));
	}

	Handled<Pending> checkOut(Said said, Seat seat, Pending tap, boolean confirmed) {
		Workshop workshop = seat.workshop();
		SeatState state = state(seat, false);
		Decision decision = AttendanceFlow.checkOut(tap, workshop.id(), confirmed, state);
		if (!(decision instanceof Record record)) {
			return unrecorded(said, workshop, decision, "attendance.checkOut.closed");
		}
		String number = seat.registration().registrationNo();
		this.book.checkOut(workshop.id(), number, record.mark());
		this.audit.record(said.userId(), "attendance.check-out", number + " " + tap.at());
		String key = AttendanceFlow.checkedOut(record.mark(), state.checkedIn(), state.learningHours());
		return done(said.locale(), key, hour(tap.at()), workshop.learningHours().stripTrailingZeros().toPlainString());
	}

	/** What the desk knows of a seat before it decides. */
	private SeatState state(Seat seat, boolean checkIn) {
		Workshop workshop = seat.workshop();
		return new SeatState(AttendanceWindows.of(workshop),
				this.book.checkedIn(workshop.id(), seat.registration().registrationNo()),
				this.codes.asked(workshop.id(), checkIn), seat.registration().learningHours());
	}

	/** Says a decision that records nothing, or asks what it needs. */
	private Handled<Pending> unrecorded(Said said, Workshop workshop, Decision decision, String closedKey) {
		Locale locale = said.locale();
		if (decision instanceof NotYet notYet) {
			return done(locale, "attendance.checkIn.notYet", workshop.title(), hour(notYet.opens()));
		}
		if (decision instanceof Already already) {
			return done(locale, "attendance.checkIn.already", hour(already.at()));
		}
		if (decision instanceof AskCode ask) {
			return askCode(said, ask.asking(), workshop);
		}
		if (decision instanceof ConfirmEarly confirm) {
			return Handled.asking(confirm.asking(),
					List.of(new Text(this.texts.say(locale, "attendance.checkOut.confirmEarly"),
							List.of(Choice.tapping(this.texts.in(locale, "attendance.checkOut.leave"),
									Said.data(Map.of(ACT, "leave", WORKSHOP, workshop.id()))),
									Choice.tapping(this.texts.in(locale, "attendance.checkOut.stay"),
											Said.data(Map.of(ACT, "stay")))))));
		}
		return done(locale, closedKey, workshop.title());
	}

	/** The person typed a code: right goes on with the tap, wrong asks again. */
	Handled<Pending> codeTyped(Said said, Seat seat, Pending asked) {
		Verdict verdict = this.codes.check(seat.workshop().id(), asked.checkIn(), said.text(), said.userId());
		if (verdict == Verdict.LOCKED_OUT) {
			return done(said.locale(), "attendance.code.lockedOut");
		}
		if (verdict == Verdict.WRONG) {
			return Handled.asking(asked, say(said.locale(), "attendance.code.wrong"));
		}
		Pending given = asked.withCode();
		return asked.checkIn() ? checkIn(said, seat, given) : checkOut(said, seat, given, false);
	}

	private Handled<Pending> askCode(Said said, Pending asking, Workshop workshop) {
		return Handled.asking(asking, say(said.locale(),
				asking.checkIn() ? "attendance.code.askIn" : "attendance.code.askOut", workshop.title()));
	}

	Handled<Pending> done(Locale locale, String key, Object... args) {
		return Handled.done(say(locale, key, args));
	}

	List<BotMessage> say(Locale locale, String key, Object... args) {
		return List.of(new Text(this.texts.say(locale, key, args)));
	}

	String hour(Instant at) {
		return HOUR.format(at.atZone(this.zone));
	}

	String day(Instant at) {
		return DAY.format(at.atZone(this.zone));
	}

}
