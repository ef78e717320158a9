package tw.workshopbot.setup;

/**
 * Work that must be done in Redis before the service takes traffic (the catalog's
 * workshops, old sign-ups moved into dialogs). Run in {@code @Order} at start, and again
 * while Redis does not answer: it must be safe to run twice.
 */
public interface StartupTask {

	/**
	 * @throws org.springframework.dao.DataAccessException while Redis is away: tried
	 * again a second later; anything else stops the start
	 */
	void run() throws Exception;

	/** What it is, for the log and the health: 「the catalog」. */
	String name();

}
