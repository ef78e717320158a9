package tw.workshopbot.attendance;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who checked in and out of a workshop, by registration number; walk-ins by LINE user.
 * The keys share the workshop's hash tag with its registrations.
 */
@Component
public class AttendanceBook {

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	/**
	 * Marks as read from their stored text: the console's attendance view reads every
	 * mark of a session every few seconds, and the same text is always the same mark.
	 */
	private final Cache<String, Mark> parsed = Caffeine.newBuilder().maximumSize(50_000).build();

	AttendanceBook(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	/**
	 * A check-in or check-out as recorded.
	 *
	 * @param at when the person tapped (the event's timestamp)
	 * @param missedPart late for a check-in, early for a check-out: no learning hours
	 */
	public record Mark(Instant at, boolean missedPart) {
	}

	static String checkIns(String workshopId) {
		return "wb:att:{w:" + workshopId + "}:in";
	}

	static String checkOuts(String workshopId) {
		return "wb:att:{w:" + workshopId + "}:out";
	}

	static String walkIns(String workshopId) {
		return "wb:att:{w:" + workshopId + "}:walkins";
	}

	/**
	 * Records a check-in unless there is one: two taps at once record the first.
	 * @return the check-in that stands, and whether it is this one
	 */
	public Recorded checkIn(String workshopId, String registrationNo, Mark mark) {
		boolean fresh = hashes().putIfAbsent(checkIns(workshopId), registrationNo, write(mark));
		return new Recorded(fresh ? mark : checkedIn(workshopId, registrationNo).orElse(mark), fresh);
	}

	public record Recorded(Mark mark, boolean fresh) {
	}

	/** A later check-out replaces an earlier one. */
	public void checkOut(String workshopId, String registrationNo, Mark mark) {
		hashes().put(checkOuts(workshopId), registrationNo, write(mark));
	}

	public Optional<Mark> checkedIn(String workshopId, String registrationNo) {
		return read(hashes().get(checkIns(workshopId), registrationNo));
	}

	public Optional<Mark> checkedOut(String workshopId, String registrationNo) {
		return read(hashes().get(checkOuts(workshopId), registrationNo));
	}

	/** How many checked in and have no check-out, read without the marks. */
	public int checkedInNotOut(String workshopId) {
		Set<String> in = new HashSet<>(hashes().keys(checkIns(workshopId)));
		in.removeAll(hashes().keys(checkOuts(workshopId)));
		return in.size();
	}

	/** Every check-in of the workshop, by registration number. */
	public Map<String, Mark> allCheckIns(String workshopId) {
		return readAll(checkIns(workshopId), new HashMap<>());
	}

	/** Every standing check-out of the workshop, by registration number. */
	public Map<String, Mark> allCheckOuts(String workshopId) {
		return readAll(checkOuts(workshopId), new HashMap<>());
	}

	/** Every walk-in of the workshop, by LINE user id. */
	public Map<String, Mark> allWalkIns(String workshopId) {
		return readAll(walkIns(workshopId), new TreeMap<>());
	}

	/**
	 * @param marks where to put them: looked up by number, or in user id order for the
	 * walk-ins, which are listed
	 */
	private Map<String, Mark> readAll(String key, Map<String, Mark> marks) {
		hashes().entries(key)
			.forEach((field, text) -> marks.put(field,
					this.parsed.get(text, (unparsed) -> this.json.readValue(unparsed, Mark.class))));
		return marks;
	}

	/**
	 * @return whether this is the person's first walk-in check-in for the workshop
	 */
	public boolean walkIn(String workshopId, String lineUserId, Instant at) {
		return hashes().putIfAbsent(walkIns(workshopId), lineUserId, write(new Mark(at, true)));
	}

	private HashOperations<String, String, String> hashes() {
		return this.redis.opsForHash();
	}

	private String write(Mark mark) {
		return this.json.writeValueAsString(mark);
	}

	private Optional<Mark> read(String stored) {
		return Optional.ofNullable(stored).map((text) -> this.json.readValue(text, Mark.class));
	}

}
