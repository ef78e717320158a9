package tw.workshopbot.simulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;

import tw.workshopbot.privacy.DataCipher;

/**
 * The rehearsal in the service's Redis, under its own prefix: test people and groups,
 * each chat's lines, what the bot sent to the stand-in, reply tokens and retry keys. A
 * chat line holds what a person typed (an ID number, in a rehearsal of the form), so
 * lines and requests are sealed like the service's own personal data.
 */
final class SimulatorStore {

	static final String PREFIX = "wb:sim:";

	private static final String PEOPLE = PREFIX + "people";

	private static final String GROUPS = PREFIX + "groups";

	private static final String REQUESTS = PREFIX + "requests";

	private static final String PURPOSE = "simulator";

	/** A chat keeps its latest lines; the page shows them all. */
	static final int LINES_KEPT = 300;

	static final int REQUESTS_KEPT = 300;

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final DataCipher cipher;

	/** Sealed lines opened before: a chat is read whole each time a line arrives. */
	private final com.github.benmanes.caffeine.cache.Cache<String, ChatLine> opened = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(5000)
		.build();

	SimulatorStore(StringRedisTemplate redis, JsonMapper json, DataCipher cipher) {
		this.redis = redis;
		this.json = json;
		this.cipher = cipher;
	}

	static String newUserId() {
		return "U" + HexFormat.of().formatHex(randomBytes());
	}

	static String newGroupId() {
		return "C" + HexFormat.of().formatHex(randomBytes());
	}

	private static byte[] randomBytes() {
		UUID uuid = UUID.randomUUID();
		byte[] bytes = new byte[16];
		long high = uuid.getMostSignificantBits();
		long low = uuid.getLeastSignificantBits();
		for (int i = 0; i < 8; i++) {
			bytes[i] = (byte) (high >>> (56 - 8 * i));
			bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
		}
		return bytes;
	}

	void save(TestPerson person) {
		this.redis.opsForHash().put(PEOPLE, person.userId(), this.json.writeValueAsString(person));
	}

	Optional<TestPerson> person(String userId) {
		Object stored = (userId == null) ? null : this.redis.opsForHash().get(PEOPLE, userId);
		return Optional.ofNullable(stored).map((text) -> this.json.readValue((String) text, TestPerson.class));
	}

	List<TestPerson> people() {
		return this.redis.opsForHash()
			.values(PEOPLE)
			.stream()
			.map((text) -> this.json.readValue((String) text, TestPerson.class))
			.sorted(Comparator.comparing(TestPerson::name).thenComparing(TestPerson::userId))
			.toList();
	}

	void save(TestGroup group) {
		this.redis.opsForHash().put(GROUPS, group.groupId(), this.json.writeValueAsString(group));
	}

	Optional<TestGroup> group(String groupId) {
		Object stored = (groupId == null) ? null : this.redis.opsForHash().get(GROUPS, groupId);
		return Optional.ofNullable(stored).map((text) -> this.json.readValue((String) text, TestGroup.class));
	}

	List<TestGroup> groups() {
		return this.redis.opsForHash()
			.values(GROUPS)
			.stream()
			.map((text) -> this.json.readValue((String) text, TestGroup.class))
			.sorted(Comparator.comparing(TestGroup::name).thenComparing(TestGroup::groupId))
			.toList();
	}

	void append(String chatId, ChatLine line) {
		String key = chatKey(chatId);
		this.redis.opsForList().rightPush(key, this.cipher.seal(this.json.writeValueAsString(line), PURPOSE));
		this.redis.opsForList().trim(key, -LINES_KEPT, -1);
	}

	List<ChatLine> lines(String chatId) {
		List<String> stored = this.redis.opsForList().range(chatKey(chatId), 0, -1);
		return Objects.requireNonNullElse(stored, List.<String>of())
			.stream()
			.map((sealed) -> this.opened.get(sealed,
					(key) -> this.json.readValue(this.cipher.openString(key, PURPOSE), ChatLine.class)))
			.toList();
	}

	void record(SentRequest request) {
		this.redis.opsForList().leftPush(REQUESTS, this.cipher.seal(this.json.writeValueAsString(request), PURPOSE));
		this.redis.opsForList().trim(REQUESTS, 0, REQUESTS_KEPT - 1);
	}

	/** Newest first. */
	List<SentRequest> requests() {
		List<String> stored = this.redis.opsForList().range(REQUESTS, 0, -1);
		return Objects.requireNonNullElse(stored, List.<String>of())
			.stream()
			.map((sealed) -> this.json.readValue(this.cipher.openString(sealed, PURPOSE), SentRequest.class))
			.toList();
	}

	/** A reply token for an event of this chat, issued at the simulator's time. */
	void issueToken(String token, String chatId, Instant at) {
		this.redis.opsForValue().set(PREFIX + "token:" + token, chatId + "|" + at.toEpochMilli(), 30, TimeUnit.MINUTES);
	}

	/** Takes a token once: empty when unknown or already used. */
	Optional<IssuedToken> useToken(String token) {
		String stored = this.redis.opsForValue().getAndDelete(PREFIX + "token:" + token);
		if (stored == null) {
			return Optional.empty();
		}
		int bar = stored.lastIndexOf('|');
		return Optional.of(new IssuedToken(stored.substring(0, bar),
				Instant.ofEpochMilli(Long.parseLong(stored.substring(bar + 1)))));
	}

	record IssuedToken(String chatId, Instant issuedAt) {
	}

	/**
	 * @return false when the key was taken before, within LINE's 24 hours
	 */
	boolean firstUseOfRetryKey(String retryKey) {
		return Boolean.TRUE
			.equals(this.redis.opsForValue().setIfAbsent(PREFIX + "retry:" + retryKey, "1", 24, TimeUnit.HOURS));
	}

	long charge(int messages) {
		Long used = this.redis.opsForValue().increment(PREFIX + "quota-used", messages);
		return (used == null) ? 0 : used;
	}

	long charged() {
		String used = this.redis.opsForValue().get(PREFIX + "quota-used");
		return (used == null) ? 0 : Long.parseLong(used);
	}

	void saveRichMenu(String id, String menuJson) {
		this.redis.opsForValue().set(PREFIX + "richmenu:" + id, menuJson);
	}

	Optional<String> richMenu(String id) {
		return Optional.ofNullable(this.redis.opsForValue().get(PREFIX + "richmenu:" + id));
	}

	void deleteRichMenu(String id) {
		this.redis.delete(List.of(PREFIX + "richmenu:" + id, PREFIX + "richmenu-image:" + id));
	}

	void saveRichMenuImage(String id, byte[] png) {
		this.redis.opsForValue()
			.set(PREFIX + "richmenu-image:" + id, java.util.Base64.getEncoder().encodeToString(png));
	}

	Optional<byte[]> richMenuImage(String id) {
		return Optional.ofNullable(this.redis.opsForValue().get(PREFIX + "richmenu-image:" + id))
			.map(java.util.Base64.getDecoder()::decode);
	}

	void setDefaultRichMenu(String id) {
		this.redis.opsForValue().set(PREFIX + "richmenu-default", id);
	}

	Optional<String> defaultRichMenu() {
		return Optional.ofNullable(this.redis.opsForValue().get(PREFIX + "richmenu-default"));
	}

	private static String chatKey(String chatId) {
		return PREFIX + "chat:" + chatId;
	}

}
