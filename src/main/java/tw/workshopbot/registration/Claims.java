package tw.workshopbot.registration;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.form.NationalId;
import tw.workshopbot.scripts.ScriptAnswers;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Links a LINE user to a registration that came without one (mail, fax, a colleague's
 * entry) when they send its claim code. A code works once; sending it again from the same
 * account says it is done, so a redelivered message changes nothing.
 */
@Component
public class Claims {

	static final String TRIES = "claim";

	public enum Outcome {

		CLAIMED, YOURS, USED, ALREADY, CANCELLED, UNKNOWN, ENDED, TOO_MANY_TRIES

	}

	/**
	 * @param registrationNo the registration the answer is about (the user's own one for
	 * {@code ALREADY}), or null
	 * @param workshop the workshop it belongs to, or null
	 */
	public record Claim(Outcome outcome, String registrationNo, Workshop workshop) {

		/** Whether the registration is now the sender's. */
		public boolean linked() {
			return this.outcome == Outcome.CLAIMED || this.outcome == Outcome.YOURS;
		}

		/**
		 * The bundle key of the answer: {@code claim.claimed},
		 * {@code claim.tooManyTries}, …; its arguments are the registration number and
		 * the workshop's title.
		 */
		public String messageKey() {
			String[] words = this.outcome.name().toLowerCase(Locale.ROOT).split("_");
			StringBuilder key = new StringBuilder("claim.").append(words[0]);
			for (int i = 1; i < words.length; i++) {
				key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
			return key.toString();
		}

	}

	private final StringRedisTemplate redis;

	private final ClaimCodes codes;

	private final Workshops workshops;

	private final WrongTries wrongTries;

	private final Clock clock;

	private final CardCodec codec;

	private final Roster roster;

	private final RegistrationHistory history;

	private final ScriptAnswers scripts;

	Claims(StringRedisTemplate redis, ClaimCodes codes, Workshops workshops, WrongTries wrongTries, Clock clock,
			CardCodec codec, Roster roster, RegistrationHistory history, ScriptAnswers scripts) {
		this.history = history;
		this.scripts = scripts;
		this.codec = codec;
		this.roster = roster;
		this.redis = redis;
		this.codes = codes;
		this.workshops = workshops;
		this.wrongTries = wrongTries;
		this.clock = clock;
	}

	/**
	 * Links the registration that holds the ID number, for those who asked for learning
	 * hours on paper and kept no claim code. A wrong number counts as a wrong try, so
	 * that nobody can probe whose number is registered.
	 */
	public Claim claimByNationalId(Workshop workshop, NationalId nationalId, String lineUserId) {
		if (this.wrongTries.lockedOut(TRIES, lineUserId)) {
			return new Claim(Outcome.TOO_MANY_TRIES, null, null);
		}
		RegistrationKeys keys = new RegistrationKeys(workshop.id());
		String number = this.redis.<String, String>opsForHash()
			.get(keys.byNationalId(), this.codec.blindIndexOf(nationalId));
		Optional<Registration> registration = Optional.ofNullable(number)
			.flatMap((found) -> this.roster.find(workshop.id(), found));
		if (registration.isEmpty()) {
			this.wrongTries.wrong(TRIES, lineUserId);
			return new Claim(Outcome.UNKNOWN, null, null);
		}
		if (registration.get().claimCode() == null) {
			Outcome outcome = lineUserId.equals(registration.get().lineUserId()) ? Outcome.YOURS : Outcome.USED;
			return new Claim(outcome, number, workshop);
		}
		return run(workshop, registration.get().claimCode(), lineUserId);
	}

	/** Whether the text has the shape of a claim code. */
	public static boolean looksLikeCode(String typed) {
		return ClaimCodes.normalize(typed).isPresent();
	}

	public Claim claim(String typedCode, String lineUserId) {
		if (this.wrongTries.lockedOut(TRIES, lineUserId)) {
			return new Claim(Outcome.TOO_MANY_TRIES, null, null);
		}
		Optional<String> code = ClaimCodes.normalize(typedCode);
		Optional<Workshop> workshop = code.flatMap(this.codes::workshopOf).flatMap(this.workshops::find);
		if (workshop.isEmpty()) {
			this.wrongTries.wrong(TRIES, lineUserId);
			return new Claim(Outcome.UNKNOWN, null, null);
		}
		if (workshop.get().hasEnded(this.clock.instant())) {
			return new Claim(Outcome.ENDED, null, workshop.get());
		}
		Claim claim = run(workshop.get(), code.get(), lineUserId);
		if (claim.outcome() == Outcome.UNKNOWN) {
			this.wrongTries.wrong(TRIES, lineUserId);
		}
		return claim;
	}

	private Claim run(Workshop workshop, String code, String lineUserId) {
		RegistrationScripts.Outcome result = this.scripts.run(RegistrationScripts.CLAIM,
				RegistrationScripts.Outcome.class, new RegistrationKeys(workshop.id()).forClaim(), code, lineUserId);
		Outcome outcome = switch (result.outcome()) {
			case "claimed" -> Outcome.CLAIMED;
			case "yours" -> Outcome.YOURS;
			case "used" -> Outcome.USED;
			case "already" -> Outcome.ALREADY;
			case "cancelled" -> Outcome.CANCELLED;
			default -> Outcome.UNKNOWN;
		};
		String number = result.number();
		if (outcome == Outcome.CLAIMED && number != null) {
			this.history.add(workshop.id(), number, "claimed", "");
		}
		return new Claim(outcome, number, workshop);
	}

}
