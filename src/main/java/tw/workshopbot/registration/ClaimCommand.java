package tw.workshopbot.registration;

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
import tw.workshopbot.registration.Claims.Claim;

/**
 * {@code 認領 ABC234}: links a registration that came by mail, fax or a colleague to the
 * sender. Only in the 1:1 chat: a code posted in a group is a code everyone has seen.
 */
@Component
@Order(10)
class ClaimCommand implements TextCommand {

	private static final Pattern COMMAND = Pattern.compile("(?:認領|(?i:claim))\\s*[:：]?\\s*(\\S.*)");

	private final Claims claims;

	private final BotTexts texts;

	ClaimCommand(Claims claims, BotTexts texts) {
		this.claims = claims;
		this.texts = texts;
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		Matcher matcher = COMMAND.matcher(said.text());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(List.of(new BotMessage.Text(claim(said, matcher.group(1)))));
	}

	private String claim(Said said, String code) {
		if (!said.inOneToOne()) {
			return this.texts.bilingual("claim.inGroup");
		}
		Claim claim = this.claims.claim(code, said.userId());
		String key = "claim." + switch (claim.outcome()) {
			case CLAIMED -> "claimed";
			case YOURS -> "yours";
			case USED -> "used";
			case ALREADY -> "already";
			case CANCELLED -> "cancelled";
			case UNKNOWN -> "unknown";
			case ENDED -> "ended";
			case TOO_MANY_TRIES -> "tooManyTries";
		};
		String title = (claim.workshop() != null) ? claim.workshop().title() : "";
		return this.texts.say(said.locale(), key, claim.registrationNo(), title);
	}

}
