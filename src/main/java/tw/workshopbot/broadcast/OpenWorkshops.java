package tw.workshopbot.broadcast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.Said;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/** The workshops yet to end: what organizers act on, and how they pick one in chat. */
@Component
class OpenWorkshops {

	/** A Flex bubble shows a dozen buttons comfortably. */
	private static final int MAX_CHOICES = 10;

	private final Workshops workshops;

	private final Clock clock;

	OpenWorkshops(Workshops workshops, Clock clock) {
		this.workshops = workshops;
		this.clock = clock;
	}

	List<Workshop> all() {
		return this.workshops.all().stream().filter((workshop) -> !workshop.hasEnded(this.clock.instant())).toList();
	}

	Optional<Workshop> find(String workshopId) {
		return (workshopId == null) ? Optional.empty()
				: this.workshops.find(workshopId).filter((workshop) -> !workshop.hasEnded(this.clock.instant()));
	}

	/**
	 * A card asking which workshop, a button each, tapping {@code parameter=<id>}.
	 * @param extra buttons after the workshops'
	 */
	static BotMessage picker(String ask, List<String> lines, String parameter, List<Workshop> open,
			List<Choice> extra) {
		List<Choice> buttons = new ArrayList<>();
		open.stream()
			.limit(MAX_CHOICES)
			.forEach((workshop) -> buttons
				.add(Choice.tapping(workshop.title(), Said.data(Map.of(parameter, workshop.id())))));
		buttons.addAll(extra);
		return new Cards(ask, List.of(new Card(ask, lines, List.of(), buttons)), List.of());
	}

}
