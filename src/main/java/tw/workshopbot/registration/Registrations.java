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
import tw.workshopbot.scripts.ScriptAnswers;
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

	private final RegistrationHistory history;

	private final ScriptAnswers scripts;

	Registrations(StringRedisTemplate redis, CardCodec codec, ClaimCodes claimCodes, Roster roster, Clock clock,
			RegistrationHistory history, ScriptAnswers scripts) {
		this.history = history;
		this.scripts = scripts;
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
			args.add(orEmpty(this.codec.blindIndexOf(applicant)));
			args.add(this.codec.encode(workshop.id(), applicant, row.enteredBy(), now, code, row.consent()));
			args.add(orEmpty(code));
		}
		RegistrationScripts.Registered registered = this.scripts.run(RegistrationScripts.REGISTER,
				RegistrationScripts.Registered.class, new RegistrationKeys(workshop.id()).forRegister(),
				args.toArray());
		Placement placement = placement(registered, claimCodes);
		if (placement instanceof Placement.Placed placed) {
			List<String> details = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				details.add(RegistrationHistory.role(rows.get(i).enteredBy()) + " "
						+ placed.seats().get(i).status().stored());
			}
			this.history.addAll(workshop.id(), placed.seats().stream().map(Seat::registrationNo).toList(), "created",
					details);
		}
		return placement;
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
	 * number, place, links, consent and history. Allowed while the chat sign-up is open.
	 */
	public Update update(Workshop workshop, String registrationNo, Applicant applicant) {
		if (!this.clock.instant().isBefore(Channel.CHAT.closesAt(workshop))) {
			return Update.CLOSED;
		}
		return noted(workshop, registrationNo, "changed", rewrite(workshop, registrationNo, applicant, null));
	}

	/**
	 * The person completes a registration someone else entered for them: their consent,
	 * their ID number and birth date, their corrections. Allowed until the workshop ends:
	 * the ID number still counts for the learning hours.
	 */
	public Update complete(Workshop workshop, String registrationNo, Applicant applicant, Consent consent) {
		if (workshop.hasEnded(this.clock.instant())) {
			return Update.CLOSED;
		}
		return noted(workshop, registrationNo, "completed", rewrite(workshop, registrationNo, applicant, consent));
	}

	private Update noted(Workshop workshop, String registrationNo, String what, Update update) {
		if (update == Update.UPDATED) {
			this.history.add(workshop.id(), registrationNo, what, "");
		}
		return update;
	}

	private Update rewrite(Workshop workshop, String registrationNo, Applicant applicant, Consent consent) {
		RegistrationKeys keys = new RegistrationKeys(workshop.id());
		String stored = this.redis.<String, String>opsForHash().get(keys.cards(), registrationNo);
		if (stored == null) {
			return Update.UNKNOWN;
		}
		StoredCard card = this.codec.card(stored);
		StoredCard updated = this.codec.withApplicant(workshop.id(), card, applicant, consent);
		RegistrationScripts.Outcome result = this.scripts.run(RegistrationScripts.UPDATE,
				RegistrationScripts.Outcome.class, keys.forUpdate(), registrationNo, orEmpty(card.blind()),
				orEmpty(updated.blind()), this.codec.write(updated));
		return switch (result.outcome()) {
			case "updated" -> Update.UPDATED;
			case "cancelled" -> Update.CANCELLED;
			case "conflict" -> Update.NATIONAL_ID_TAKEN;
			default -> Update.UNKNOWN;
		};
	}

	/**
	 * What became of 換人參加.
	 *
	 * @param claimCode the code the colleague sends to take the registration, when handed
	 * over
	 */
	public record HandOverResult(Outcome outcome, String claimCode) {

		public enum Outcome {

			HANDED_OVER, NOT_YOURS, CANCELLED, STARTED

		}

	}

	/**
	 * 換人參加: the registration goes to a colleague with its number and place. The holder's
	 * LINE account and ID number let go of it; the colleague takes it with a new claim
	 * code and adds their own ID number if they need hours. Allowed until the workshop
	 * starts.
	 */
	public HandOverResult handOver(Workshop workshop, String registrationNo, Applicant colleague, String holder) {
		Instant now = this.clock.instant();
		if (!now.isBefore(workshop.startsAt())) {
			return new HandOverResult(HandOverResult.Outcome.STARTED, null);
		}
		RegistrationKeys keys = new RegistrationKeys(workshop.id());
		String stored = this.redis.<String, String>opsForHash().get(keys.cards(), registrationNo);
		if (stored == null) {
			return new HandOverResult(HandOverResult.Outcome.NOT_YOURS, null);
		}
		StoredCard card = this.codec.card(stored);
		String code = this.claimCodes.reserve(workshop, 1).get(0);
		StoredCard given = this.codec.handedOver(workshop.id(), card, colleague, holder, code, now);
		RegistrationScripts.Outcome result = this.scripts.run(RegistrationScripts.HAND_OVER,
				RegistrationScripts.Outcome.class, keys.forHandOver(), registrationNo, holder, orEmpty(card.blind()),
				orEmpty(card.claimCode()), code, this.codec.write(given));
		return switch (result.outcome()) {
			case "handedOver" -> {
				this.history.add(workshop.id(), registrationNo, "handed-over", "");
				yield new HandOverResult(HandOverResult.Outcome.HANDED_OVER, code);
			}
			case "cancelled" -> new HandOverResult(HandOverResult.Outcome.CANCELLED, null);
			default -> new HandOverResult(HandOverResult.Outcome.NOT_YOURS, null);
		};
	}

	/** Gives seats a larger capacity freed to the waitlist, in order. */
	public List<String> fillFreedSeats(Workshop workshop) {
		if (!this.clock.instant().isBefore(workshop.startsAt())) {
			return List.of();
		}
		List<String> promoted = listed(this.scripts
			.run(RegistrationScripts.PROMOTE, RegistrationScripts.Promoted.class,
					new RegistrationKeys(workshop.id()).forPromote())
			.promoted());
		promoted(workshop, promoted);
		return promoted;
	}

	private void promoted(Workshop workshop, List<String> promoted) {
		this.history.addAll(workshop.id(), promoted, "promoted", promoted.stream().map((no) -> "").toList());
	}

	private Withdrawal withdraw(Workshop workshop, String registrationNo, boolean cancel, boolean erase) {
		String stored = this.redis.<String, String>opsForHash()
			.get(new RegistrationKeys(workshop.id()).cards(), registrationNo);
		if (stored == null) {
			return Withdrawal.UNKNOWN;
		}
		StoredCard card = this.codec.card(stored);
		Instant now = this.clock.instant();
		boolean wasCancelled = "cancelled".equals(this.redis.<String, String>opsForHash()
			.get(new RegistrationKeys(workshop.id()).statuses(), registrationNo));
		String erased = erase ? this.codec.write(card.erased(now)) : "";
		RegistrationScripts.Withdrawn result = this.scripts.run(RegistrationScripts.WITHDRAW,
				RegistrationScripts.Withdrawn.class, new RegistrationKeys(workshop.id()).forWithdraw(), registrationNo,
				orEmpty(card.blind()), orEmpty(card.claimCode()), erased, cancel ? "1" : "0",
				now.isBefore(workshop.startsAt()) ? "1" : "0");
		if (!result.known()) {
			return Withdrawal.UNKNOWN;
		}
		List<String> promoted = listed(result.promoted());
		if (cancel && !wasCancelled) {
			this.history.add(workshop.id(), registrationNo, "cancelled", "");
		}
		if (erase) {
			this.roster.forget(workshop.id(), registrationNo);
		}
		if (erase && card.erasedAt() == null) {
			this.history.add(workshop.id(), registrationNo, "erased", "");
		}
		promoted(workshop, promoted);
		return new Withdrawal(this.roster.find(workshop.id(), registrationNo).orElse(null), promoted);
	}

	private static Placement placement(RegistrationScripts.Registered registered, List<String> claimCodes) {
		return switch (registered.kind()) {
			case "missing" -> new Placement.NoWorkshop();
			case "conflict" -> new Placement.Duplicates(registered.conflicts()
				.stream()
				.map((conflict) -> new Duplicate(conflict.row(), conflict.field(), conflict.existing()))
				.toList());
			default -> {
				List<Seat> seats = new ArrayList<>();
				for (RegistrationScripts.Registered.Placed placed : registered.seats()) {
					seats.add(new Seat(placed.number(), Status.fromStored(placed.status()),
							claimCodes.get(seats.size())));
				}
				yield new Placement.Placed(seats);
			}
		};
	}

	/** A script's list, absent when it had none to tell. */
	private static List<String> listed(List<String> numbers) {
		return (numbers != null) ? numbers : List.of();
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
