package tw.workshopbot.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Keeps personal data no longer than needed: {@code personalDataRetentionDays} after a
 * workshop ends, its registrations lose ID numbers, birth dates and contact details and
 * keep name, office and attendance. Each purge is in the audit trail (what and when,
 * never the data).
 */
@Component
public class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	/**
	 * KEYS: cards, ID index. ARGV: number, the card as read, the purged card, its blind
	 * index ('' for none). Writes only over the card it read, so a change in between is
	 * never lost (the next round purges it).
	 */
	private static final RedisScript<Long> PURGE = RedisScript.of("""
			if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
			if ARGV[4] ~= '' and redis.call('HGET', KEYS[2], ARGV[4]) == ARGV[1] then
			  redis.call('HDEL', KEYS[2], ARGV[4])
			end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final CardCodec codec;

	private final Workshops workshops;

	private final AuditTrail audit;

	private final Clock clock;

	PersonalDataRetention(StringRedisTemplate redis, CardCodec codec, Workshops workshops, AuditTrail audit,
			Clock clock) {
		this.redis = redis;
		this.codec = codec;
		this.workshops = workshops;
		this.audit = audit;
		this.clock = clock;
	}

	static String purgedKey(String workshopId) {
		return new RegistrationKeys(workshopId).purged();
	}

	/** When the workshop's personal data was purged, if it was. */
	public Optional<Instant> purgedAt(String workshopId) {
		return Optional.ofNullable(this.redis.opsForValue().get(purgedKey(workshopId))).map(Instant::parse);
	}

	public static Instant dueAt(Workshop workshop) {
		return workshop.endsAt().plus(Duration.ofDays(workshop.personalDataRetentionDays()));
	}

	/**
	 * Hourly: a day-granular period needs no finer check, and a missed hour (a restart)
	 * is caught up by the next.
	 */
	@Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
	public void purgeDue() {
		Instant now = this.clock.instant();
		for (Workshop workshop : this.workshops.all()) {
			if (!now.isBefore(dueAt(workshop)) && purgedAt(workshop.id()).isEmpty()) {
				purge(workshop, now);
			}
		}
	}

	private void purge(Workshop workshop, Instant now) {
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
		this.audit.record("system", "personal-data.purge",
				workshop.id() + ": ID numbers, birth dates and contact" + " details of " + purged + " registrations, "
						+ workshop.personalDataRetentionDays() + " days after the workshop ended");
		log.info("Purged personal data of {} registrations of workshop {}", purged, workshop.id());
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
		Long done = this.redis.execute(PURGE, List.of(keys.cards(), keys.byNationalId()), number, stored,
				this.codec.write(card.purged(now)), blind);
		return (done != null) ? done.intValue() : 0;
	}

}
