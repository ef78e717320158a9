package tw.workshopbot.simulator;

import java.util.List;

/**
 * A LINE group of test people with the bot in it.
 *
 * @param groupId shaped like LINE's: C and 32 hex digits
 */
record TestGroup(String groupId, String name, List<String> members) {

	TestGroup {
		members = List.copyOf(members);
	}

}
