package tw.workshopbot.registration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;

/**
 * Reads a workshop's registrations, in the order they were made. Large rosters are read a
 * page at a time, so an export holds one page of opened personal data, not all.
 */
@Component
public class Roster {

	static final int PAGE = 500;

	private final StringRedisTemplate redis;

	private final ScriptAnswers scripts;

	private final CardCodec codec;

	/**
	 * Registrations as they were opened, by workshop and number, used while their stored
	 * card, status and linked user are exactly what was opened: a change anywhere, by any
	 * instance, is a new card, so nothing here can be stale.
	 */
	private final Cache<String, Opened> opened;

	Roster(StringRedisTemplate redis, ScriptAnswers scripts, CardCodec codec, RosterProperties properties) {
		this.scripts = scripts;
		this.redis = redis;
		this.codec = codec;
		this.opened = Caffeine.newBuilder()
			.maximumSize(properties.openedKept())
			.expireAfterWrite(properties.openedFor())
			.build();
	}

	private record Opened(byte[] card, String status, String user, Registration registration) {

		boolean stillIs(byte[] card, String status, String user) {
			return Arrays.equals(this.card, card) && this.status.equals(status) && Objects.equals(this.user, user);
		}

	}

	/** Drops what was opened of a registration: its personal data is being erased. */
	void forget(String workshopId, String registrationNo) {
		this.opened.invalidate(workshopId + " " + registrationNo);
	}

	/**
	 * {@code <id>-0001}: four digits at least (String.format was a tenth of a roster
	 * read).
	 */
	static String number(String workshopId, long sequence) {
		String digits = Long.toString(sequence);
		return (digits.length() >= 4) ? workshopId + "-" + digits
				: workshopId + "-" + "0000".substring(digits.length()) + digits;
	}

	public Optional<Registration> find(String workshopId, String registrationNo) {
		List<Registration> found = read(workshopId, List.of(registrationNo));
		return found.stream().findFirst();
	}

	/**
	 * A registration as check-in needs it: number, status and whether hours were asked
	 * for, read without opening any personal data.
	 */
	public record Entry(String registrationNo, Status status, boolean learningHours) {
	}

	/**
	 * KEYS: by user, statuses, cards. ARGV: LINE user id. One round trip on the check-in
	 * path.
	 */
	private static final RedisScript<String> ENTRY = ScriptAnswers.script("""
			local number = redis.call('HGET', KEYS[1], ARGV[1])
			if not number then return cjson.encode({}) end
			return cjson.encode({number = number, status = redis.call('HGET', KEYS[2], number) or nil,
			  card = redis.call('HGET', KEYS[3], number) or nil})
			""");

	/** The user's registration as stored; a field is null when it is not there. */
	record Stored(String number, String status, String card) {
	}

	/** The LINE user's active registration for the workshop, as check-in needs it. */
	public Optional<Entry> entryFor(String workshopId, String lineUserId) {
		RegistrationKeys keys = new RegistrationKeys(workshopId);
		Stored found = this.scripts.run(ENTRY, Stored.class, List.of(keys.byUser(), keys.statuses(), keys.cards()),
				lineUserId);
		if (found.number() == null || found.status() == null || found.card() == null) {
			return Optional.empty();
		}
		StoredCard card = this.codec.card(found.card());
		return Optional.of(new Entry(found.number(), Status.fromStored(found.status()), card.learningHours()));
	}

	/** The LINE user's registration for the workshop that is not cancelled. */
	public Optional<Registration> activeFor(String workshopId, String lineUserId) {
		String number = this.redis.<String, String>opsForHash()
			.get(new RegistrationKeys(workshopId).byUser(), lineUserId);
		return (number != null) ? find(workshopId, number) : Optional.empty();
	}

	/**
	 * Every registration linked to the LINE user in the workshop, cancelled ones too:
	 * what 刪除我的資料 must reach.
	 */
	public List<Registration> linkedTo(String workshopId, String lineUserId) {
		Map<String, String> links = this.redis.<String, String>opsForHash()
			.entries(new RegistrationKeys(workshopId).linkedUsers());
		List<String> numbers = links.entrySet()
			.stream()
			.filter((link) -> lineUserId.equals(link.getValue()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		return numbers.isEmpty() ? List.of() : read(workshopId, numbers);
	}

	/**
	 * A confirmed registration and the LINE user linked to it (null while nobody has
	 * claimed it).
	 */
	public record Addressee(String registrationNo, String lineUserId) {
	}

	/**
	 * The confirmed registrations in the order they came, read without opening a card:
	 * whom a delivery goes to.
	 */
	public List<Addressee> confirmedAddressees(String workshopId) {
		RegistrationKeys keys = new RegistrationKeys(workshopId);
		Set<String> confirmed = this.redis.opsForZSet().range(keys.confirmed(), 0, -1);
		if (confirmed == null || confirmed.isEmpty()) {
			return List.of();
		}
		Map<String, String> users = this.redis.<String, String>opsForHash().entries(keys.linkedUsers());
		return confirmed.stream().map((number) -> new Addressee(number, users.get(number))).toList();
	}

	public List<Registration> all(String workshopId) {
		List<Registration> all = new ArrayList<>();
		forEachPage(workshopId, all::addAll);
		return all;
	}

	/** Hands the registrations over page by page, oldest first. */
	public void forEachPage(String workshopId, Consumer<List<Registration>> page) {
		String last = this.redis.opsForValue().get(new RegistrationKeys(workshopId).sequence());
		long count = (last != null) ? Long.parseLong(last) : 0;
		for (long from = 1; from <= count; from += PAGE) {
			List<String> numbers = new ArrayList<>(PAGE);
			for (long sequence = from; sequence < from + PAGE && sequence <= count; sequence++) {
				numbers.add(number(workshopId, sequence));
			}
			page.accept(read(workshopId, numbers));
		}
	}

	private List<Registration> read(String workshopId, List<String> numbers) {
		RegistrationKeys keys = new RegistrationKeys(workshopId);
		HashOperations<String, String, String> hashes = this.redis.opsForHash();
		List<byte[]> cards = cards(keys, numbers);
		List<String> statuses = hashes.multiGet(keys.statuses(), numbers);
		List<String> users = hashes.multiGet(keys.linkedUsers(), numbers);
		List<Registration> registrations = new ArrayList<>(numbers.size());
		for (int i = 0; i < numbers.size(); i++) {
			if (cards.get(i) == null || statuses.get(i) == null) {
				continue;
			}
			String key = workshopId + " " + numbers.get(i);
			Opened known = this.opened.getIfPresent(key);
			if (known != null && known.stillIs(cards.get(i), statuses.get(i), users.get(i))) {
				registrations.add(known.registration());
				continue;
			}
			Registration registration = open(workshopId, numbers.get(i),
					new String(cards.get(i), StandardCharsets.UTF_8), statuses.get(i), users.get(i));
			this.opened.put(key, new Opened(cards.get(i), statuses.get(i), users.get(i), registration));
			registrations.add(registration);
		}
		return registrations;
	}

	/**
	 * The cards as Redis holds them: compared byte for byte with what was opened, and
	 * decoded only when they changed (decoding 10,000 cards was a third of a read).
	 */
	private List<byte[]> cards(RegistrationKeys keys, List<String> numbers) {
		byte[][] fields = numbers.stream()
			.map((number) -> number.getBytes(StandardCharsets.UTF_8))
			.toArray(byte[][]::new);
		List<byte[]> cards = this.redis.execute((RedisCallback<List<byte[]>>) (connection) -> connection.hashCommands()
			.hMGet(keys.cards().getBytes(StandardCharsets.UTF_8), fields));
		return (cards != null) ? cards : java.util.Collections.nCopies(numbers.size(), null);
	}

	private Registration open(String workshopId, String number, String stored, String storedStatus, String user) {
		StoredCard card = this.codec.card(stored);
		Status status = Status.fromStored(storedStatus);
		boolean claimable = user == null && card.erasedAt() == null && status != Status.CANCELLED;
		Applicant applicant = this.codec.applicant(workshopId, card);
		return new Registration(number, workshopId, status, user, card.office(), card.learningHours(), applicant,
				card.enteredBy(), card.createdAt(), claimable ? card.claimCode() : null, card.erasedAt(),
				card.consent(), this.codec.handOver(workshopId, card),
				(applicant != null) ? applicant.name() : this.codec.name(workshopId, card), card.purgedAt());
	}

}
