package tw.workshopbot.line;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.UserProfileResponse;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.People;

/**
 * Reads people's LINE profiles. The language is asked once and remembered for a month
 * (every event needs it; LINE allows 2,000 profile calls a second for the whole channel):
 * in Redis for every instance, and for ten minutes in this one, which saves a Redis call
 * on almost every event. The display name, offered as an answer, comes from the same
 * profile call and is kept for ten minutes in this instance only, never stored: a sign-up
 * that asks for it again (a change from the summary) asks LINE once.
 */
@Component
class LinePeople implements People {

	static final Duration LANGUAGE_REMEMBERED = Duration.ofDays(30);

	private static final String UNKNOWN = "-";

	private final MessagingApiClient client;

	private final LineApiCalls calls;

	private final LineProperties properties;

	private final StringRedisTemplate redis;

	private final Cache<String, Locale> languages = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	/** Display names read with a profile; empty when the profile has none. */
	private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	LinePeople(MessagingApiClient client, LineApiCalls calls, LineProperties properties, StringRedisTemplate redis) {
		this.client = client;
		this.calls = calls;
		this.properties = properties;
		this.redis = redis;
	}

	static String languageKey(String userId) {
		return "wb:user:{" + userId + "}:language";
	}

	@Override
	public Locale languageOf(String userId) {
		return this.languages.get(userId, this::lookUpLanguage);
	}

	private Locale lookUpLanguage(String userId) {
		String known = this.redis.opsForValue().get(languageKey(userId));
		if (known == null) {
			known = profile(userId).map(UserProfileResponse::language).filter((tag) -> !tag.isBlank()).orElse(UNKNOWN);
			this.redis.opsForValue().set(languageKey(userId), known, LANGUAGE_REMEMBERED);
		}
		return known.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : BotTexts.ZH_TW;
	}

	@Override
	public Optional<String> displayNameOf(String userId) {
		Optional<String> known = this.names.getIfPresent(userId);
		if (known != null) {
			return known;
		}
		return profile(userId).flatMap(LinePeople::nameOf);
	}

	/**
	 * A profile LINE answered: its name is kept; a failed call is asked again next time.
	 */
	private Optional<UserProfileResponse> profile(String userId) {
		if (!this.properties.hasAccessToken()) {
			this.calls.count("profile", LineApiCalls.Outcome.UNCONFIGURED);
			return Optional.empty();
		}
		Optional<UserProfileResponse> profile = this.calls.await("profile", this.client.getProfile(userId)).body();
		profile.ifPresent((answered) -> this.names.put(userId, nameOf(answered)));
		return profile;
	}

	private static Optional<String> nameOf(UserProfileResponse profile) {
		return Optional.ofNullable(profile.displayName()).filter((name) -> !name.isBlank());
	}

}
