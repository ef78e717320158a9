package tw.workshopbot.attendance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceBook.Mark;
import tw.workshopbot.attendance.AttendanceBook.Recorded;
import tw.workshopbot.attendance.AttendanceCodes.Verdict;
import tw.workshopbot.attendance.Pending.Question;
import tw.workshopbot.attendance.Seats.Seat;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * Records a check-in or check-out on a person's seat once every question is answered (the
 * code, leaving early), and says what it means for their learning hours. What it returns
 * is the question left open, if any.
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
		AttendanceWindows windows = AttendanceWindows.of(workshop);
		AttendanceWindows.CheckIn verdict = windows.checkIn(tap.at());
		if (verdict == AttendanceWindows.CheckIn.NOT_YET) {
			return done(locale, "attendance.checkIn.notYet", workshop.title(), hour(windows.checkInOpens()));
		}
		if (verdict == AttendanceWindows.CheckIn.CLOSED) {
			return done(locale, "attendance.checkIn.closed", workshop.title());
		}
		String number = seat.registration().registrationNo();
		var standing = this.book.checkedIn(workshop.id(), number);
		if (standing.isPresent()) {
			return done(locale, "attendance.checkIn.already", hour(standing.get().at()));
		}
		if (!tap.codeGiven() && this.codes.asked(workshop.id(), true)) {
			return askCode(said, tap.asking(Question.CODE, workshop.id()), workshop);
		}
		Recorded recorded = this.book.checkIn(workshop.id(), number,
				new Mark(tap.at(), verdict == AttendanceWindows.CheckIn.LATE));
		if (!recorded.fresh()) {
			return done(locale, "attendance.checkIn.already", hour(recorded.mark().at()));
		}
		this.audit.record(said.userId(), "attendance.check-in", number + " " + tap.at());
		if (!recorded.mark().missedPart()) {
			return done(locale, "attendance.checkIn.onTime", hour(tap.at()));
		}
		return done(locale,
				seat.registration().learningHours() ? "attendance.checkIn.lateNoHours" : "attendance.checkIn.late",
				hour(tap.at()));
	}

	Handled<Pending> checkOut(Said said, Seat seat, Pending tap, boolean confirmed) {
		Locale locale = said.locale();
		Workshop workshop = seat.workshop();
		AttendanceWindows.CheckOut verdict = AttendanceWindows.of(workshop).checkOut(tap.at());
		if (verdict == AttendanceWindows.CheckOut.CLOSED) {
			return done(locale, "attendance.checkOut.closed", workshop.title());
		}
		if (!tap.codeGiven() && this.codes.asked(workshop.id(), false)) {
			return askCode(said, tap.asking(Question.CODE, workshop.id()), workshop);
		}
		boolean early = verdict == AttendanceWindows.CheckOut.EARLY;
		if (early && !confirmed) {
			return Handled.asking(tap.asking(Question.LEAVE_EARLY, workshop.id()),
					List.of(new Text(this.texts.say(locale, "attendance.checkOut.confirmEarly"),
							List.of(Choice.tapping(this.texts.in(locale, "attendance.checkOut.leave"),
									Said.data(Map.of(ACT, "leave", WORKSHOP, workshop.id()))),
									Choice.tapping(this.texts.in(locale, "attendance.checkOut.stay"),
											Said.data(Map.of(ACT, "stay")))))));
		}
		String number = seat.registration().registrationNo();
		this.book.checkOut(workshop.id(), number, new Mark(tap.at(), early));
		this.audit.record(said.userId(), "attendance.check-out", number + " " + tap.at());
		if (early) {
			return done(locale, "attendance.checkOut.early", hour(tap.at()));
		}
		boolean onTime = this.book.checkedIn(workshop.id(), number).map((mark) -> !mark.missedPart()).orElse(false);
		if (seat.registration().learningHours() && onTime) {
			return done(locale, "attendance.checkOut.hours", hour(tap.at()),
					workshop.learningHours().stripTrailingZeros().toPlainString());
		}
		return done(locale, onTime ? "attendance.checkOut.complete" : "attendance.checkOut.afterLate", hour(tap.at()));
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
