package tw.workshopbot.chat;

import java.util.List;

/**
 * What a command that keeps no state of its own answered.
 *
 * @param messages the answer; empty to say nothing
 * @param endsDialog whether whatever the person was in the middle of ends with it (their
 * data was just erased)
 */
public record Answer(List<BotMessage> messages, boolean endsDialog) {

	public Answer {
		messages = List.copyOf(messages);
	}

	public static Answer of(List<BotMessage> messages) {
		return new Answer(messages, false);
	}

	public static Answer ending(List<BotMessage> messages) {
		return new Answer(messages, true);
	}

}
