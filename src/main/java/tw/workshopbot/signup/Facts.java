package tw.workshopbot.signup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tw.workshopbot.workshop.Workshop;

/**
 * What a transition may know of the world, read before it runs: transitions stay pure.
 *
 * @param today the date in the service's zone (birth dates are checked against it)
 * @param workshops every workshop by id, open or not
 * @param registered the sender's active registration per workshop id
 */
record Facts(Instant now, LocalDate today, Map<String, Workshop> workshops, Map<String, Mine> registered) {

	/**
	 * The sender's own registration for a workshop.
	 *
	 * @param office as recorded: a colleague's form starts with it
	 */
	record Mine(String registrationNo, String office) {
	}

	Facts {
		workshops = Map.copyOf(workshops);
		registered = Map.copyOf(registered);
	}

	Optional<Workshop> workshop(String id) {
		return Optional.ofNullable((id != null) ? this.workshops.get(id) : null);
	}

	/** Open for sign-up in chat: before its registration closes. */
	boolean isOpen(Workshop workshop) {
		return Purpose.SELF.possibleFor(workshop, this.now);
	}

	/** See {@link Purpose#possibleFor}. */
	boolean allows(Purpose purpose, Workshop workshop) {
		return purpose.possibleFor(workshop, this.now);
	}

	/** The same facts with only this workshop known: the person named it already. */
	Facts only(Workshop workshop) {
		return new Facts(this.now, this.today, Map.of(workshop.id(), workshop), this.registered);
	}

	/** Workshops open for sign-up, soonest first. */
	List<Workshop> open() {
		return this.workshops.values()
			.stream()
			.filter(this::isOpen)
			.sorted(java.util.Comparator.comparing(Workshop::startsAt).thenComparing(Workshop::id))
			.toList();
	}

}
