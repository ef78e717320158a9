package tw.workshopbot.chat;

import java.util.List;
import java.util.UUID;

/** Sends the bot's answers to LINE. */
public interface Messenger {

	/**
	 * Answers an event in its chat: with the reply token while it is fresh (free of
	 * quota), else by push with a retry key derived from the event, so that a redelivery
	 * cannot push twice. Standby events are never answered.
	 */
	void answer(EventContext event, List<BotMessage> messages);

	/**
	 * Finishes the answer of an event handled before, when its handling was cut short
	 * after the answer began (the process died, or Redis failed before the inbox heard it
	 * was done).
	 * @return true when the event had an answer, which now has its fate: it must not be
	 * handled again, lest the conversation take it twice
	 */
	boolean resume(EventContext event);

	/**
	 * Tells someone something they did not ask for (a waitlisted person got a seat).
	 * @param retryKey the same key for the same news, so that it arrives once however
	 * often it is sent
	 */
	void tell(String userId, List<BotMessage> messages, UUID retryKey);

}
