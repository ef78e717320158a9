package tw.workshopbot.registration;

import java.time.Instant;
import java.util.List;

/** What became of a batch of new registrations: all placed, or none and why. */
public sealed interface Placement {

	/**
	 * Every row placed, in order.
	 */
	record Placed(List<Seat> seats) implements Placement {

		public Placed {
			seats = List.copyOf(seats);
		}

	}

	/**
	 * @param claimCode the code for a registration without a LINE user, else null
	 */
	record Seat(String registrationNo, Status status, String claimCode) {
	}

	/** Rows that would register a person twice; nothing was written. */
	record Duplicates(List<Duplicate> duplicates) implements Placement {

		public Duplicates {
			duplicates = List.copyOf(duplicates);
		}

	}

	/**
	 * @param row from 1, in the batch's order
	 * @param field {@code lineUserId} or {@code nationalId}: what identified the person
	 * @param existing the registration number (or {@code row N} of the batch) the person
	 * already has
	 */
	record Duplicate(int row, String field, String existing) {
	}

	/** Past the deadline that applies to who is registering; nothing was written. */
	record Closed(Instant closedAt) implements Placement {
	}

	/** The workshop does not exist (any more). */
	record NoWorkshop() implements Placement {
	}

}
