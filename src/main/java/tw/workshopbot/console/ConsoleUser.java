package tw.workshopbot.console;

import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;

/**
 * Who is signed in to the console: an organizer's LINE user id, or {@code admin} for a
 * sign-in with ADMIN_TOKEN; the name the audit trail records.
 */
record ConsoleUser(String who, Instant signedInAt) implements Principal, Serializable {

	static final String ADMIN = "admin";

	@Override
	public String getName() {
		return this.who;
	}

	boolean isAdmin() {
		return ADMIN.equals(this.who);
	}

}
