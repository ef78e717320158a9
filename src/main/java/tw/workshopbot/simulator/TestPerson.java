package tw.workshopbot.simulator;

/**
 * Someone the rehearsal chats as.
 *
 * @param userId shaped like LINE's: U and 32 hex digits
 * @param language {@code zh-TW} or {@code en}, as LINE's profile reports it
 * @param organizer whether the page made them an organizer
 */
record TestPerson(String userId, String name, String language, boolean organizer) {

	TestPerson asOrganizer() {
		return new TestPerson(this.userId, this.name, this.language, true);
	}

}
