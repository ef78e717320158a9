package tw.workshopbot.console;

import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;

/**
 * Who is signed in to the console: an organizer's LINE user id, or {@code admin} for a
 * sign-in with ADMIN_TOKEN; the name the audit trail records.
 *
 * @param shownAs the LINE display name at sign-in, for the page header; the id when LINE
 * did not tell
 */
record ConsoleUser(String who, Instant signedInAt, String shownAs) implements Principal, Serializable {

	static final String ADMIN = "admin";

	@Override
	public String getName() {
		return this.who;
	}

	boolean isAdmin() {
		return ADMIN.equals(this.who);
	}

}
