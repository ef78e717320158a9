package tw.workshopbot.broadcast;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/** Tells the workshop's organizers how a delivery went, once it is over. */
@Component
class DeliveryReports {

	private final OrganizerNotices notices;

	private final Workshops workshops;

	private final BotTexts texts;

	DeliveryReports(OrganizerNotices notices, Workshops workshops, BotTexts texts) {
		this.notices = notices;
		this.workshops = workshops;
		this.texts = texts;
	}

	void report(Delivery delivery, List<PlannedRequest> requests, Map<Integer, Attempts> attempts) {
		DeliveryCounts counts = DeliveryCounts.of(delivery, requests, attempts);
		String title = this.workshops.find(delivery.workshopId()).map(Workshop::title).orElse(delivery.workshopId());
		this.notices.tell(delivery.workshopId(), "report:" + delivery.id(),
				(locale) -> List.of(new Text(describe(delivery, title, counts, locale))));
	}

	/** The kind's name is resolved in each language, so each half reads whole. */
	private String describe(Delivery delivery, String title, DeliveryCounts counts, Locale locale) {
		MessageSourceResolvable kind = new DefaultMessageSourceResolvable(
				"delivery.kind." + delivery.kind().name().toLowerCase(Locale.ROOT));
		String failures = counts.failures().isEmpty() ? "-" : String.join("；", counts.failures());
		return this.texts.say(locale, "delivery.report", kind, title, counts.groupsReached(), counts.groups(),
				counts.peopleReached(), counts.people(), counts.withoutLine(), counts.blocked(), failures);
	}

}
