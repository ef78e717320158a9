package tw.workshopbot.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;
import tw.workshopbot.workshop.Workshop;

/**
 * Purges a workshop's registrations when the retention period has ended: ID numbers (and
 * their index), birth dates and contact details go; name, office and the record of the
 * registration stay. Which workshops are due, and the audit, are the caller's.
 */
@Component
public class RetentionPurge {

	/**
	 * KEYS: cards, ID index. ARGV: number, the card as read, the purged card, its blind
	 * index ('' for none). Writes only over the card it read, so a change in between is
	 * never lost (the next round purges it).
	 */
	private static final RedisScript<String> PURGE = ScriptAnswers.script("""
			if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return cjson.encode({purged = false}) end
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
			if ARGV[4] ~= '' and redis.call('HGET', KEYS[2], ARGV[4]) == ARGV[1] then
			  redis.call('HDEL', KEYS[2], ARGV[4])
			end
			return cjson.encode({purged = true})
			""");

	/**
	 * @param purged false when the card changed since it was read
	 */
	record Purge(boolean purged) {
	}

	private final StringRedisTemplate redis;

	private final ScriptAnswers scripts;

	private final CardCodec codec;

	private final Roster roster;

	RetentionPurge(StringRedisTemplate redis, ScriptAnswers scripts, CardCodec codec, Roster roster) {
		this.redis = redis;
		this.scripts = scripts;
		this.codec = codec;
		this.roster = roster;
	}

	/** When the workshop's personal data was purged, if it was. */
	public Optional<Instant> purgedAt(String workshopId) {
		return Optional.ofNullable(this.redis.opsForValue().get(new RegistrationKeys(workshopId).purged()))
			.map(Instant::parse);
	}

	/**
	 * Purges every registration of the workshop and marks it purged.
	 * @return how many registrations had personal data purged
	 */
	public int purge(Workshop workshop, Instant now) {
		RegistrationKeys keys = new RegistrationKeys(workshop.id());
		String last = this.redis.opsForValue().get(keys.sequence());
		long count = (last != null) ? Long.parseLong(last) : 0;
		int purged = 0;
		for (long from = 1; from <= count; from += Roster.PAGE) {
			List<String> numbers = new ArrayList<>();
			for (long sequence = from; sequence < from + Roster.PAGE && sequence <= count; sequence++) {
				numbers.add(Roster.number(workshop.id(), sequence));
			}
			List<String> cards = this.redis.<String, String>opsForHash().multiGet(keys.cards(), numbers);
			for (int i = 0; i < numbers.size(); i++) {
				purged += purgeOne(keys, numbers.get(i), cards.get(i), now);
			}
		}
		this.redis.opsForValue().set(keys.purged(), now.toString());
		return purged;
	}

	private int purgeOne(RegistrationKeys keys, String number, String stored, Instant now) {
		if (stored == null) {
			return 0;
		}
		StoredCard card = this.codec.card(stored);
		if (card.purgedAt() != null) {
			return 0;
		}
		String blind = (card.blind() != null) ? card.blind() : "";
		boolean purged = this.scripts
			.run(PURGE, Purge.class, List.of(keys.cards(), keys.byNationalId()), number, stored,
					this.codec.write(card.purged(now)), blind)
			.purged();
		this.roster.forget(keys.workshopId(), number);
		return purged ? 1 : 0;
	}

}
