package tw.workshopbot.signup;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.registration.Claims;
import tw.workshopbot.registration.Claims.Claim;
import tw.workshopbot.registration.Claims.Outcome;
import tw.workshopbot.registration.Roster;

/**
 * {@code 認領 ABC234}: links a registration that came by mail, fax or a colleague to the
 * sender. Only in the 1:1 chat: a code posted in a group is a code everyone has seen. The
 * sign-up then goes on with a registration someone else entered ({@link SignupChat}).
 */
@Component
class ClaimChat {

	/** The command's name in the bundles: {@code command.claim}. */
	static final String COMMAND = "claim";

	/**
	 * What may follow 認領: a claim code, or something near one (a typo gets "unknown
	 * code"), never words (認領證明 is an answer, not a claim).
	 */
	static final Pattern CODE_TYPED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{2,15}");

	/**
	 * What the claim said, and the workshop of the registration now linked to the sender
	 * (null when none was).
	 */
	record Claimed(List<BotMessage> messages, String linkedTo) {
	}

	private final Claims claims;

	private final Commands commands;

	private final BotTexts texts;

	private final Roster roster;

	private final EntererNotice enterer;

	ClaimChat(Claims claims, Commands commands, BotTexts texts, Roster roster, EntererNotice enterer) {
		this.claims = claims;
		this.commands = commands;
		this.texts = texts;
		this.roster = roster;
		this.enterer = enterer;
	}

	Claimed claim(Said said) {
		if (!said.inOneToOne()) {
			return new Claimed(List.of(new BotMessage.Text(this.texts.bilingual("claim.inGroup"))), null);
		}
		String code = this.commands.argument(COMMAND, said.text()).orElse("");
		Claim claim = this.claims.claim(code, said.userId());
		if (claim.outcome() == Outcome.CLAIMED) {
			this.roster.find(claim.workshop().id(), claim.registrationNo())
				.ifPresent((registration) -> this.enterer.tell(claim.workshop(), registration, "claimed"));
		}
		String title = (claim.workshop() != null) ? claim.workshop().title() : "";
		BotMessage answer = new BotMessage.Text(
				this.texts.say(said.locale(), claim.messageKey(), claim.registrationNo(), title));
		return new Claimed(List.of(answer), claim.linked() ? claim.workshop().id() : null);
	}

}
