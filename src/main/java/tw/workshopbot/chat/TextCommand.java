package tw.workshopbot.chat;

import java.util.List;
import java.util.Optional;

/**
 * A command a person types ({@code 認領 ABC234}, later 報名, 簽到, ...). Features implement it
 * in their own package; the router asks each in turn, so the chat package needs to know
 * none of them.
 */
public interface TextCommand {

	/** The answer when the text is this command; empty when it is not. */
	Optional<List<BotMessage>> answer(EventContext context, String text);

}
