package tw.workshopbot.chat;

import java.util.List;
import java.util.Optional;

/**
 * A command a person types or taps ({@code 認領 ABC234}, 報名, 我的報名, ...). Features implement
 * it in their own package; the router asks each in turn (in {@code @Order}), so the chat
 * package needs to know none of them. Global commands come before the sign-up
 * conversation, which takes whatever is left as an answer.
 */
public interface TextCommand {

	/** The answer when this is the command; empty when it is not. */
	Optional<List<BotMessage>> answer(Said said);

}
