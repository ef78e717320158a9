package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Registrations.Withdrawal;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * 刪除我的資料: after a confirmation, erases the sender's personal data from every registration
 * linked to them and from any sign-up in progress. Each registration keeps an anonymous
 * record (number, office, status, dates); one for a workshop yet to end is cancelled too,
 * and its seat goes to the waiting list.
 */
@Component
class DeleteMyData implements TextCommand {

	private final Workshops workshops;

	private final Roster roster;

	private final Registrations registrations;

	private final Promotions promotions;

	private final BotTexts texts;

	private final GroupRedirect groupRedirect;

	DeleteMyData(Workshops workshops, Roster roster, Registrations registrations, Promotions promotions,
			SignupTexts wording, GroupRedirect groupRedirect) {
		this.workshops = workshops;
		this.roster = roster;
		this.registrations = registrations;
		this.promotions = promotions;
		this.texts = wording.texts();
		this.groupRedirect = groupRedirect;
	}

	@Override
	public Set<String> names() {
		return Set.of("deleteMyData");
	}

	@Override
	public Set<String> taps() {
		return Set.of("erase");
	}

	@Override
	public Answer answer(Said said) {
		String action = said.postback().get("erase");
		if (!said.inOneToOne()) {
			return Answer.of(this.groupRedirect.to(said.text()));
		}
		Locale locale = said.locale();
		if ("confirmed".equals(action)) {
			// A sign-up under way holds personal data too: it ends with the rest.
			return Answer.ending(List.of(erase(said.userId(), locale)));
		}
		if ("keep".equals(action)) {
			return Answer.of(List.of(new Text(this.texts.say(locale, "erase.kept"))));
		}
		String yes = this.texts.in(locale, "erase.yes");
		String no = this.texts.in(locale, "erase.no");
		return Answer.of(List.of(new Text(this.texts.say(locale, "erase.confirm"),
				List.of(Choice.tapping(yes, Said.data(Map.of("erase", "confirmed"))),
						Choice.tapping(no, Said.data(Map.of("erase", "keep")))))));
	}

	private BotMessage erase(String userId, Locale locale) {
		List<String> erased = new ArrayList<>();
		for (Workshop workshop : this.workshops.all()) {
			for (Registration registration : this.roster.linkedTo(workshop.id(), userId)) {
				if (registration.erasedAt() != null) {
					continue;
				}
				Withdrawal withdrawal = this.registrations.erase(workshop, registration.registrationNo());
				this.promotions.tell(workshop, withdrawal.promoted());
				erased.add(registration.registrationNo() + "（" + workshop.title() + "）");
			}
		}
		if (erased.isEmpty()) {
			return new Text(this.texts.say(locale, "erase.nothing"));
		}
		return new Text(this.texts.say(locale, "erase.done", erased.size(), String.join("\n", erased)));
	}

}
