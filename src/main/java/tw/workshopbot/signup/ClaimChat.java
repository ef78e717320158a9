package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.registration.Claims;
import tw.workshopbot.registration.Claims.Claim;
import tw.workshopbot.registration.Claims.Outcome;
import tw.workshopbot.registration.Roster;

/**
 * {@code 認領 ABC234}: links a registration that came by mail, fax or a colleague to the
 * sender. Only in the 1:1 chat: a code posted in a group is a code everyone has seen. A
 * registration a colleague entered continues with the notice, so that the person agrees
 * and adds what only they may type.
 */
@Component
@Order(10)
class ClaimChat implements TextCommand {

	private static final Pattern COMMAND = Pattern.compile("(?:認領|(?i:claim))\\s*[:：]?\\s*(\\S.*)");

	private final Claims claims;

	private final BotTexts texts;

	private final SignupChat signup;

	private final Roster roster;

	private final EntererNotice enterer;

	ClaimChat(Claims claims, BotTexts texts, SignupChat signup, Roster roster, EntererNotice enterer) {
		this.roster = roster;
		this.enterer = enterer;
		this.claims = claims;
		this.texts = texts;
		this.signup = signup;
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		Matcher matcher = COMMAND.matcher(said.text());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		if (!said.inOneToOne()) {
			return Optional.of(List.of(new BotMessage.Text(this.texts.bilingual("claim.inGroup"))));
		}
		Claim claim = this.claims.claim(matcher.group(1), said.userId());
		List<BotMessage> answer = new ArrayList<>();
		answer.add(new BotMessage.Text(said(said, claim)));
		if (claim.outcome() == Outcome.CLAIMED) {
			this.roster.find(claim.workshop().id(), claim.registrationNo())
				.ifPresent((registration) -> this.enterer.tell(claim.workshop(), registration, "claimed"));
		}
		if (claim.linked()) {
			answer.addAll(this.signup.afterClaim(said, claim.workshop().id()));
		}
		return Optional.of(answer);
	}

	private String said(Said said, Claim claim) {
		String title = (claim.workshop() != null) ? claim.workshop().title() : "";
		return this.texts.say(said.locale(), claim.messageKey(), claim.registrationNo(), title);
	}

}
