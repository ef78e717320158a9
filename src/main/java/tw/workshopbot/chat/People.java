package tw.workshopbot.chat;

import java.util.Locale;
import java.util.Optional;

/** What LINE tells about a person who chats with the bot. */
public interface People {

	/**
	 * The language the person reads first, from their LINE profile (fetched once, then
	 * remembered): English for {@code en*}, else Traditional Chinese (Taiwan).
	 */
	Locale languageOf(String userId);

	/**
	 * The person's LINE display name, offered as a one-tap answer; empty when unknown.
	 */
	Optional<String> displayNameOf(String userId);

}
