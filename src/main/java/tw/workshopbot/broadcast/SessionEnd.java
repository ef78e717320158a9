package tw.workshopbot.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.workshopbot.attendance.AttendanceBook;
import tw.workshopbot.attendance.AttendanceStats;
import tw.workshopbot.attendance.AttendanceWindows;
import tw.workshopbot.broadcast.DeliveryPlanner.Audience;
import tw.workshopbot.broadcast.DeliveryPlanner.Order;
import tw.workshopbot.broadcast.DeliveryPlanner.Plan;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * When a session ends: one push to each linked group reminding those checked in but not
 * out (they check out in their 1:1 chat), and once check-out closes, the organizers'
 * attendance summary.
 */
@Component
class SessionEnd {

	/** A summary is still worth sending this long after check-out closed. */
	private static final Duration SUMMARY_WINDOW = Duration.ofDays(1);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private final AttendanceStats stats;

	private final AttendanceBook book;

	private final GroupLinks groups;

	private final DeliveryStore store;

	private final DeliveryPlanner planner;

	private final OrganizerNotices notices;

	private final ChatButtons chatButtons;

	private final BotTexts texts;

	private final ZoneId zone;

	SessionEnd(AttendanceStats stats, AttendanceBook book, GroupLinks groups, DeliveryStore store,
			DeliveryPlanner planner, OrganizerNotices notices, ChatButtons chatButtons, BotTexts texts,
			AppProperties app) {
		this.stats = stats;
		this.book = book;
		this.groups = groups;
		this.store = store;
		this.planner = planner;
		this.notices = notices;
		this.chatButtons = chatButtons;
		this.texts = texts;
		this.zone = app.zone();
	}

	static String reminderId(String workshopId) {
		return workshopId + ".check-out-reminder";
	}

	static Instant checkOutCloses(Workshop workshop) {
		return AttendanceWindows.of(workshop).checkOutCloses();
	}

	/** Whether the session's end still has something to do at this instant. */
	static boolean concerns(Workshop workshop, Instant now) {
		return !now.isBefore(workshop.endsAt()) && now.isBefore(checkOutCloses(workshop).plus(SUMMARY_WINDOW));
	}

	void plan(Workshop workshop, Instant now) {
		Instant closes = checkOutCloses(workshop);
		if (now.isBefore(closes)) {
			remind(workshop, now, closes);
		}
		else {
			this.notices.tell(workshop.id(), "attendance-summary:" + workshop.id() + ":" + workshop.endsAt(),
					(locale) -> List.of(new Text(this.texts.in(locale, "attendance.stats.final") + "\n"
							+ this.stats.describe(workshop, locale))));
		}
	}

	/**
	 * Stored under one id, so it goes out once; until then each round looks again, from
	 * the check-in keys alone (cheap), so that a failed round is tried again.
	 */
	private void remind(Workshop workshop, Instant now, Instant closes) {
		String id = reminderId(workshop.id());
		if (this.store.exists(id) || this.groups.groups(workshop.id()).isEmpty()) {
			return;
		}
		int waiting = this.book.checkedInNotOut(workshop.id());
		if (waiting == 0) {
			return;
		}
		Order order = new Order(id, workshop, DeliveryKind.CHECK_OUT_REMINDER, new Audience(true, false),
				reminder(workshop, waiting, closes), null, closes);
		Plan plan = this.planner.plan(order, now);
		this.store.create(plan.delivery(), plan.requests());
	}

	private List<BotMessage> reminder(Workshop workshop, int waiting, Instant closes) {
		// Opens the 1:1 chat with 簽退 typed in: nobody checks out in the group.
		List<Choice> buttons = this.chatButtons.typing("checkOut", "delivery.stream.checkOut").stream().toList();
		return List.of(new Text(this.texts.bilingual("attendance.checkOutReminder", workshop.title(), waiting,
				HOUR.format(closes.atZone(this.zone))), buttons));
	}

}
