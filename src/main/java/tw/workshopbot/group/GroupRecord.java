package tw.workshopbot.group;

import java.time.Instant;

/**
 * A group the bot was added to.
 *
 * @param name the group's name from LINE's group summary, or null when LINE did not give
 * it
 * @param changedAt the event time of the last join or leave: older events never undo
 * newer ones
 */
public record GroupRecord(String groupId, String name, Instant joinedAt, Instant leftAt, Instant changedAt) {

	public boolean present() {
		return this.leftAt == null;
	}

}
