package tw.workshopbot.registration;

import java.time.Instant;

import tw.workshopbot.workshop.Workshop;

/** Who registers, which decides until when. */
public enum Channel {

	/** A person in chat, for themselves or a colleague: until registration closes. */
	CHAT,

	/** An organizer entering forms that came by mail or fax: until the workshop ends. */
	ORGANIZER;

	Instant closesAt(Workshop workshop) {
		return (this == CHAT) ? workshop.registrationClosesAt() : workshop.endsAt();
	}

}
