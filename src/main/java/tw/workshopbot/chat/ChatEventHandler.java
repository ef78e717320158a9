package tw.workshopbot.chat;

/**
 * Handles one event of a chat; the inbox calls it for each chat's events in order, one at
 * a time.
 */
public interface ChatEventHandler {

	void handle(ChatEvent event);

}
