package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotAccount;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Action;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.Placement;
import tw.workshopbot.registration.Status;
import tw.workshopbot.workshop.Workshop;

/**
 * After a colleague's form was entered or a registration handed over: what became of it,
 * and a message for the colleague with the claim code, made to be forwarded (long-press,
 * or the share button). Only the colleague claims: their LINE account, their ID number.
 */
@Component
class ForwardToColleague {

	private final SignupTexts wording;

	private final BotTexts texts;

	private final BotAccount account;

	ForwardToColleague(SignupTexts wording, BotAccount account) {
		this.wording = wording;
		this.texts = wording.texts();
		this.account = account;
	}

	List<BotMessage> entered(Workshop workshop, Placement.Seat seat, Applicant colleague, Locale locale) {
		String key = (seat.status() == Status.WAITLISTED) ? "signup.colleague.waitlisted" : "signup.colleague.entered";
		String said = this.texts.say(locale, key, colleague.name(), workshop.title(), seat.registrationNo(),
				seat.claimCode());
		List<Choice> next = new ArrayList<>();
		next.add(Choice.tapping(this.texts.in(locale, "signup.colleague.another"),
				Said.data(Map.of("colleague", workshop.id()))));
		return messages(said, workshop, seat.claimCode(), colleague, next, locale);
	}

	List<BotMessage> handedOver(Workshop workshop, String registrationNo, String claimCode, Applicant colleague,
			Locale locale) {
		String said = this.texts.say(locale, "signup.handOver.done", registrationNo, workshop.title(), colleague.name(),
				claimCode);
		return messages(said, workshop, claimCode, colleague, new ArrayList<>(), locale);
	}

	private List<BotMessage> messages(String said, Workshop workshop, String claimCode, Applicant colleague,
			List<Choice> next, Locale locale) {
		StringBuilder first = new StringBuilder(said);
		if (colleague.identityPending()) {
			first.append("\n\n").append(this.texts.say(locale, "signup.colleague.identityNote", colleague.name()));
		}
		String claim = "認領 " + claimCode;
		String where = this.account.chatLinkTyping(claim).or(this.account::basicId).orElse("");
		// The colleague's language is unknown: the forwarded message is in both, zh-TW
		// first.
		String forward = this.texts.bilingual("signup.forward", workshop.title(), claim, where);
		BotAccount.shareLink(this.texts.zh("signup.forward", workshop.title(), claim, where))
			.ifPresent((link) -> next.add(0, new Choice(this.texts.in(locale, "signup.share"), new Action.Open(link))));
		next.add(this.wording.command("myRegistrations", locale));
		return List.of(new Text(first.toString()), new Text(forward, next));
	}

}
