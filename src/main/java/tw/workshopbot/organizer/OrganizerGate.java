package tw.workshopbot.organizer;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.signup.GroupRedirect;

/**
 * Who may run an organizer command where. In a group the answer leads to the 1:1 chat
 * (and says how when LINE left out who asked); anyone but an organizer is politely
 * refused.
 */
@Component
public class OrganizerGate {

	private final Organizers organizers;

	private final BotTexts texts;

	private final GroupRedirect groupRedirect;

	OrganizerGate(Organizers organizers, BotTexts texts, GroupRedirect groupRedirect) {
		this.organizers = organizers;
		this.texts = texts;
		this.groupRedirect = groupRedirect;
	}

	/** The refusal, when the command may not run here; empty when it may. */
	public Optional<List<BotMessage>> refusalInOneToOne(Said said) {
		if (!said.inOneToOne()) {
			return Optional
				.of((said.userId() == null) ? List.of(new Text(this.texts.bilingual("organizer.noUserInGroup")))
						: this.groupRedirect.to(said.text()));
		}
		return refusal(said);
	}

	/** The refusal for anyone but an organizer, wherever they are. */
	public Optional<List<BotMessage>> refusal(Said said) {
		if (said.userId() == null) {
			return Optional.of(List.of(new Text(this.texts.bilingual("organizer.noUserInGroup"))));
		}
		if (!this.organizers.isOrganizer(said.userId())) {
			String refusal = said.inOneToOne() ? this.texts.say(said.locale(), "organizer.only")
					: this.texts.bilingual("organizer.only");
			return Optional.of(List.of(new Text(refusal)));
		}
		return Optional.empty();
	}

}
