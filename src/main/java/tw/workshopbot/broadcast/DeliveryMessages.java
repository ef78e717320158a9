package tw.workshopbot.broadcast;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Action;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * What deliveries say. One message set goes to everyone, so it is in both languages,
 * Chinese first; buttons only open links, since a tap in a group may come without the
 * tapper's id and must never bring a personal answer into the group.
 */
@Component
class DeliveryMessages {

	/** An announcement fits one text message with its heading. */
	static final int MAX_ANNOUNCEMENT = 2000;

	private final BotTexts texts;

	private final Commands commands;

	private final ZoneId zone;

	private final ChatButtons chatButtons;

	DeliveryMessages(BotTexts texts, Commands commands, AppProperties app, ChatButtons chatButtons) {
		this.texts = texts;
		this.commands = commands;
		this.zone = app.zone();
		this.chatButtons = chatButtons;
	}

	List<BotMessage> streamLink(Workshop workshop, StreamLink link, boolean updated) {
		String opened = StreamLinks.openedOutside(link.url());
		String heading = updated ? "delivery.stream.updated" : "delivery.stream.heading";
		List<Choice> buttons = new ArrayList<>(List.of(watch(opened)));
		// Open the 1:1 chat with 簽到 or 簽退 typed in: a tap in a group never answers in
		// the group.
		buttons.addAll(this.chatButtons.typing("checkIn", "delivery.stream.checkIn").stream().toList());
		buttons.addAll(this.chatButtons.typing("checkOut", "delivery.stream.checkOut").stream().toList());
		Card card = new Card(this.texts.oneLine(heading), List.of(workshop.title(), workshop.when(this.zone)),
				List.of(), buttons);
		return List.of(new Cards(this.texts.oneLine(heading) + " " + workshop.title(), List.of(card), List.of()),
				new Text(this.texts.bilingual(updated ? "delivery.stream.updatedText" : "delivery.stream.text",
						workshop.title(), opened)));
	}

	List<BotMessage> dayBefore(Workshop workshop, Optional<StreamLink> link) {
		List<String> lines = new ArrayList<>();
		lines.add(workshop.title());
		lines.add(workshop.when(this.zone));
		if (workshop.venue() != null) {
			lines.add(workshop.venue());
		}
		lines.add(link.isPresent() ? this.texts.bilingual("delivery.reminder.joinWithLink")
				: this.texts.bilingual("delivery.reminder.joinLater", workshop.streamLinkLeadMinutes()));
		lines.add(this.texts.bilingual("delivery.reminder.cancel"));
		List<Choice> buttons = new ArrayList<>();
		link.ifPresent((present) -> buttons.add(watch(StreamLinks.openedOutside(present.url()))));
		String mine = this.commands.label("myRegistrations", BotTexts.ZH_TW);
		buttons.add(new Choice(this.texts.oneLine("delivery.reminder.mine"), new Action.Say(mine)));
		String heading = this.texts.oneLine("delivery.reminder.heading");
		return List.of(new Cards(heading + " " + workshop.title(),
				List.of(new Card(heading, lines, List.of(), buttons)), List.of()));
	}

	List<BotMessage> announcement(Workshop workshop, String text) {
		return List.of(new Text(
				this.texts.oneLine("delivery.announcement.heading") + "｜" + workshop.title() + "\n\n" + text.strip()));
	}

	private Choice watch(String url) {
		return new Choice(this.texts.oneLine("delivery.stream.watch"), new Action.Open(url));
	}

}
