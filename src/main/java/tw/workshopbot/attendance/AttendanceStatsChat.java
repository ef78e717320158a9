package tw.workshopbot.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.OrganizerGate;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * 出席統計: for organizers in their 1:1 chat, the numbers of the workshops taking attendance
 * now or ended in the last week.
 */
@Component
class AttendanceStatsChat implements TextCommand {

	/** How long after its end a workshop's numbers are still asked for. */
	private static final Duration RECENT = Duration.ofDays(7);

	private static final int SHOWN = 5;

	private final AttendanceStats stats;

	private final Workshops workshops;

	private final OrganizerGate gate;

	private final AuditTrail audit;

	private final BotTexts texts;

	private final Clock clock;

	AttendanceStatsChat(AttendanceStats stats, Workshops workshops, OrganizerGate gate, AuditTrail audit,
			BotTexts texts, Clock clock) {
		this.stats = stats;
		this.workshops = workshops;
		this.gate = gate;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public Set<String> names() {
		return Set.of("attendanceStats");
	}

	@Override
	public Answer answer(Said said) {
		Optional<List<BotMessage>> refusal = this.gate.refusalInOneToOne(said);
		if (refusal.isPresent()) {
			return Answer.of(refusal.get());
		}
		this.audit.record(said.userId(), "attendance.view", "chat");
		Instant now = this.clock.instant();
		List<BotMessage> messages = this.workshops.all()
			.stream()
			.filter((workshop) -> !now.isBefore(AttendanceWindows.of(workshop).checkInOpens())
					&& now.isBefore(workshop.endsAt().plus(RECENT)))
			.sorted(Comparator.comparing(Workshop::startsAt).reversed())
			.limit(SHOWN)
			.map((workshop) -> (BotMessage) new Text(this.stats.describe(workshop, said.locale())))
			.toList();
		return Answer.of(messages.isEmpty() ? List.of(new Text(this.texts.say(said.locale(), "attendance.stats.none")))
				: messages);
	}

}
