package tw.workshopbot.registration;

import java.util.Locale;

/** Where a registration stands; stored and shown by its lower-case name. */
public enum Status {

	CONFIRMED, WAITLISTED, CANCELLED;

	public String stored() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Status fromStored(String stored) {
		return valueOf(stored.toUpperCase(Locale.ROOT));
	}

}
