package tw.workshopbot.registration;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

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
	}

	private final StringRedisTemplate redis;

	private final ClaimCodes codes;

	private final Workshops workshops;

	private final WrongTries wrongTries;

	private final Clock clock;

	Claims(StringRedisTemplate redis, ClaimCodes codes, Workshops workshops, WrongTries wrongTries, Clock clock) {
		this.redis = redis;
		this.codes = codes;
		this.workshops = workshops;
		this.wrongTries = wrongTries;
		this.clock = clock;
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
		List<?> result = this.redis.execute(RegistrationScripts.CLAIM,
				new RegistrationKeys(workshop.get().id()).forClaim(), code.get(), lineUserId);
		Outcome outcome = Outcome.valueOf(String.valueOf(result.get(0)).toUpperCase(Locale.ROOT));
		if (outcome == Outcome.UNKNOWN) {
			this.wrongTries.wrong(TRIES, lineUserId);
		}
		return new Claim(outcome, (result.size() > 1) ? String.valueOf(result.get(1)) : null, workshop.get());
	}

}
