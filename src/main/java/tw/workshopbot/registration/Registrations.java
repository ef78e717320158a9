package tw.workshopbot.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.registration.Placement.Duplicate;
import tw.workshopbot.registration.Placement.Seat;
import tw.workshopbot.workshop.Workshop;

/**
 * Makes, cancels and erases registrations; each change is one script that checks the
 * rules and writes in the same step.
 */
@Component
public class Registrations {

	private final StringRedisTemplate redis;

	private final CardCodec codec;

	private final ClaimCodes claimCodes;

	private final Roster roster;

	private final Clock clock;

	Registrations(StringRedisTemplate redis, CardCodec codec, ClaimCodes claimCodes, Roster roster, Clock clock) {
		this.redis = redis;
		this.codec = codec;
		this.claimCodes = claimCodes;
		this.roster = roster;
		this.clock = clock;
	}

	/**
	 * Registers every row or none: one already registered (by LINE account or ID number,
	 * here or earlier in the batch) refuses the batch. Past the workshop's capacity rows
	 * are waitlisted in their order.
	 */
	public Placement register(Workshop workshop, List<NewRegistration> rows, Channel channel) {
		Instant now = this.clock.instant();
		if (!now.isBefore(channel.closesAt(workshop))) {
			return new Placement.Closed(channel.closesAt(workshop));
		}
		long unlinked = rows.stream().filter((row) -> row.lineUserId() == null).count();
		Iterator<String> codes = this.claimCodes.reserve(workshop, (int) unlinked).iterator();
		List<String> claimCodes = new ArrayList<>(rows.size());
		List<String> args = new ArrayList<>(1 + rows.size() * 4);
		args.add(workshop.id());
		for (NewRegistration row : rows) {
			String code = (row.lineUserId() == null) ? codes.next() : null;
			claimCodes.add(code);
			Applicant applicant = row.applicant();
			args.add(orEmpty(row.lineUserId()));
			args.add(applicant.learningHours() ? this.codec.blindIndexOf(applicant.nationalId()) : "");
			args.add(this.codec.encode(workshop.id(), applicant, row.enteredBy(), now, code, row.consent()));
			args.add(orEmpty(code));
		}
		List<?> result = this.redis.execute(RegistrationScripts.REGISTER,
				new RegistrationKeys(workshop.id()).forRegister(), args.toArray());
		return placement(result, claimCodes);
	}

	/**
	 * Cancels a registration; a confirmed seat freed before the workshop starts goes to
	 * the first on the waitlist.
	 */
	public Withdrawal cancel(Workshop workshop, String registrationNo) {
		return withdraw(workshop, registrationNo, true, false);
	}

	/**
	 * Erases the personal data and keeps an anonymous record (office, status, dates). A
	 * registration for a workshop yet to end is cancelled too: a seat without a person
	 * helps nobody.
	 */
	public Withdrawal erase(Workshop workshop, String registrationNo) {
		return withdraw(workshop, registrationNo, !workshop.hasEnded(this.clock.instant()), true);
	}

	/** What became of a change to a registration's answers. */
	public enum Update {

		UPDATED, UNKNOWN, CANCELLED, CLOSED, NATIONAL_ID_TAKEN

	}

	/**
	 * Replaces a registration's answers (its owner changed them in chat), keeping its
	 * number, place, links and consent. Allowed while the chat sign-up is open.
	 */
	public Update update(Workshop workshop, String registrationNo, Applicant applicant) {
		if (!this.clock.instant().isBefore(Channel.CHAT.closesAt(workshop))) {
			return Update.CLOSED;
		}
		RegistrationKeys keys = new RegistrationKeys(workshop.id());
		String stored = this.redis.<String, String>opsForHash().get(keys.cards(), registrationNo);
		if (stored == null) {
			return Update.UNKNOWN;
		}
		StoredCard card = this.codec.card(stored);
		String blind = applicant.learningHours() ? this.codec.blindIndexOf(applicant.nationalId()) : "";
		String updated = this.codec.encode(workshop.id(), applicant, card.enteredBy(), card.createdAt(),
				card.claimCode(), card.consent());
		List<?> result = this.redis.execute(RegistrationScripts.UPDATE, keys.forUpdate(), registrationNo,
				orEmpty(card.blind()), blind, updated);
		return switch (String.valueOf(result.get(0))) {
			case "updated" -> Update.UPDATED;
			case "cancelled" -> Update.CANCELLED;
			case "conflict" -> Update.NATIONAL_ID_TAKEN;
			default -> Update.UNKNOWN;
		};
	}

	/** Gives seats a larger capacity freed to the waitlist, in order. */
	public List<String> fillFreedSeats(Workshop workshop) {
		if (!this.clock.instant().isBefore(workshop.startsAt())) {
			return List.of();
		}
		List<?> promoted = this.redis.execute(RegistrationScripts.PROMOTE,
				new RegistrationKeys(workshop.id()).forPromote());
		return (promoted == null) ? List.of() : promoted.stream().map(String::valueOf).toList();
	}

	private Withdrawal withdraw(Workshop workshop, String registrationNo, boolean cancel, boolean erase) {
		String stored = this.redis.<String, String>opsForHash()
			.get(new RegistrationKeys(workshop.id()).cards(), registrationNo);
		if (stored == null) {
			return Withdrawal.UNKNOWN;
		}
		StoredCard card = this.codec.card(stored);
		Instant now = this.clock.instant();
		String erased = erase ? this.codec.write(card.erased(now)) : "";
		List<?> result = this.redis.execute(RegistrationScripts.WITHDRAW,
				new RegistrationKeys(workshop.id()).forWithdraw(), registrationNo, orEmpty(card.blind()),
				orEmpty(card.claimCode()), erased, cancel ? "1" : "0", now.isBefore(workshop.startsAt()) ? "1" : "0");
		if (result == null || result.isEmpty() || "unknown".equals(result.get(0))) {
			return Withdrawal.UNKNOWN;
		}
		List<String> promoted = result.subList(1, result.size()).stream().map(String::valueOf).toList();
		return new Withdrawal(this.roster.find(workshop.id(), registrationNo).orElse(null), promoted);
	}

	private static Placement placement(List<?> result, List<String> claimCodes) {
		String kind = String.valueOf(result.get(0));
		if ("missing".equals(kind)) {
			return new Placement.NoWorkshop();
		}
		if ("conflict".equals(kind)) {
			List<Duplicate> duplicates = new ArrayList<>();
			for (int i = 1; i + 2 < result.size(); i += 3) {
				duplicates.add(new Duplicate(((Number) result.get(i)).intValue(), String.valueOf(result.get(i + 1)),
						String.valueOf(result.get(i + 2))));
			}
			return new Placement.Duplicates(duplicates);
		}
		List<Seat> seats = new ArrayList<>();
		for (int i = 1; i + 1 < result.size(); i += 2) {
			seats.add(new Seat(String.valueOf(result.get(i)), Status.fromStored(String.valueOf(result.get(i + 1))),
					claimCodes.get(seats.size())));
		}
		return new Placement.Placed(seats);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * @param registration as it stands afterwards, or null when there was none
	 * @param promoted registration numbers moved from the waitlist to a seat
	 */
	public record Withdrawal(Registration registration, List<String> promoted) {

		static final Withdrawal UNKNOWN = new Withdrawal(null, List.of());

		public boolean found() {
			return this.registration != null;
		}

	}

}
