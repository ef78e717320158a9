package tw.workshopbot.broadcast;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tw.workshopbot.scripts.ScriptAnswers;
import org.springframework.web.util.UriComponentsBuilder;

/** The stream link of each workshop, kept apart from the catalog: it changes late. */
@Component
public class StreamLinks {

	/** A URI action takes at most 1,000 characters, the added parameter included. */
	static final int MAX_LENGTH = 950;

	/** Setting the same link again is no change, and so no new delivery. */
	private static final RedisScript<String> SET = ScriptAnswers.script("""
			if redis.call('HGET', KEYS[1], 'url') == ARGV[1] then
			  return cjson.encode({version = tonumber(redis.call('HGET', KEYS[1], 'version'))})
			end
			local version = redis.call('HINCRBY', KEYS[1], 'version', 1)
			redis.call('HSET', KEYS[1], 'url', ARGV[1], 'setAt', ARGV[2], 'setBy', ARGV[3])
			return cjson.encode({version = version})
			""");

	/**
	 * @param version the link's version now: the same when the same link was set again
	 */
	record Set(int version) {
	}

	private final StringRedisTemplate redis;

	private final ScriptAnswers scripts;

	StreamLinks(StringRedisTemplate redis, ScriptAnswers scripts) {
		this.redis = redis;
		this.scripts = scripts;
	}

	static String key(String workshopId) {
		return "wb:workshop:{w:" + workshopId + "}:stream";
	}

	/** Why a link cannot be used; empty when it can. */
	public static Optional<String> problem(String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("a link is required");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("at most " + MAX_LENGTH + " characters");
		}
		try {
			URI uri = new URI(url.strip());
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				return Optional.of("an https:// link is required");
			}
			return Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.of("not a valid link");
		}
	}

	public StreamLink set(String workshopId, String url, String by, Instant at) {
		String link = url.strip();
		if (problem(link).isPresent()) {
			throw new IllegalArgumentException("Not a usable stream link");
		}
		int version = this.scripts.run(SET, Set.class, List.of(key(workshopId)), link, at.toString(), by).version();
		return find(workshopId).filter((found) -> found.version() == version)
			.orElse(new StreamLink(workshopId, link, version, at, by));
	}

	public Optional<StreamLink> find(String workshopId) {
		Map<String, String> stored = this.redis.<String, String>opsForHash().entries(key(workshopId));
		if (stored.get("url") == null) {
			return Optional.empty();
		}
		return Optional.of(new StreamLink(workshopId, stored.get("url"), Integer.parseInt(stored.get("version")),
				Instant.parse(stored.get("setAt")), stored.get("setBy")));
	}

	/** The link as LINE opens it: in the phone's browser, where a stream plays well. */
	static String openedOutside(String url) {
		return UriComponentsBuilder.fromUriString(url).queryParam("openExternalBrowser", 1).build().toUriString();
	}

}
