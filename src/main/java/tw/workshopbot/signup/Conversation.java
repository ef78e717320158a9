package tw.workshopbot.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's sign-up in progress: immutable, each answer makes a new one. Stored sealed
 * (it holds an ID number once typed) until {@code expiresAt}.
 *
 * @param answers typed answers, validated and in their written form, by the form's field
 * names
 * @param consentedAt when 同意 was given to the notice; null before
 * @param noticeVersion the notice that was agreed to
 * @param registrationNo the registration being changed ({@link Purpose#EDIT}), else null
 * @param lastEventId the last event applied: a redelivered event is not applied twice
 */
public record Conversation(Purpose purpose, String workshopId, Step step, Map<String, String> answers,
		Instant consentedAt, String noticeVersion, String registrationNo, Instant expiresAt, String lastEventId) {

	/** A conversation waits at least this long after the last answer. */
	static final Duration KEPT_FOR = Duration.ofHours(24);

	public Conversation {
		answers = Map.copyOf(answers);
	}

	static Conversation begin(Purpose purpose, String workshopId, Step step, Instant now) {
		return new Conversation(purpose, workshopId, step, Map.of(), null, null, null, now.plus(KEPT_FOR), null);
	}

	/** A conversation about an existing registration, starting from its answers. */
	static Conversation about(Purpose purpose, String workshopId, String registrationNo, Map<String, String> answers,
			Step step, Instant now) {
		return new Conversation(purpose, workshopId, step, answers, null, null, registrationNo, now.plus(KEPT_FOR),
				null);
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	Conversation at(Step next, Instant now) {
		return new Conversation(this.purpose, this.workshopId, next, this.answers, this.consentedAt, this.noticeVersion,
				this.registrationNo, now.plus(KEPT_FOR), this.lastEventId);
	}

	Conversation forWorkshop(String id) {
		return new Conversation(this.purpose, id, this.step, this.answers, this.consentedAt, this.noticeVersion,
				this.registrationNo, this.expiresAt, this.lastEventId);
	}

	Conversation consented(Instant at, String version) {
		return new Conversation(this.purpose, this.workshopId, this.step, this.answers, at, version,
				this.registrationNo, this.expiresAt, this.lastEventId);
	}

	Conversation withAnswers(Map<String, String> next) {
		return new Conversation(this.purpose, this.workshopId, this.step, next, this.consentedAt, this.noticeVersion,
				this.registrationNo, this.expiresAt, this.lastEventId);
	}

	Conversation answered(Question question, String value) {
		Map<String, String> next = new LinkedHashMap<>(this.answers);
		next.put(question.answerKey(), value);
		return withAnswers(next);
	}

	Conversation afterEvent(String eventId) {
		return new Conversation(this.purpose, this.workshopId, this.step, this.answers, this.consentedAt,
				this.noticeVersion, this.registrationNo, this.expiresAt, eventId);
	}

	@Override
	public String toString() {
		return "Conversation[" + this.purpose + ", " + this.workshopId + ", " + this.step + "]";
	}

}
