package tw.workshopbot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * What a feature answered to one message, and the question it leaves open with the person
 * (its own state, null when it asks nothing more). Features return it instead of storing
 * their state themselves: the router keeps one state per person and writes it once.
 *
 * @param <S> the feature's own state
 * @param open what the feature waits for next; null when it waits for nothing
 * @param messages the answer, in order
 */
public record Handled<S>(S open, List<BotMessage> messages) {

	public Handled {
		messages = List.copyOf(messages);
	}

	/** An answer that leaves nothing open. */
	public static <S> Handled<S> done(List<BotMessage> messages) {
		return new Handled<>(null, messages);
	}

	/** An answer that asks something and waits for it. */
	public static <S> Handled<S> asking(S open, List<BotMessage> messages) {
		return new Handled<>(open, messages);
	}

	/** The same, with messages said before it. */
	public Handled<S> after(List<BotMessage> first) {
		List<BotMessage> all = new ArrayList<>(first);
		all.addAll(this.messages);
		return new Handled<>(this.open, all);
	}

}
