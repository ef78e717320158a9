package tw.workshopbot.organizer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.Messenger;
import tw.workshopbot.chat.People;

/**
 * The organizers who look after a workshop: those who linked a group to it, set its
 * stream link or announced something for it. Until someone has, every organizer does.
 * They are the ones told how deliveries went and what is missing.
 */
@Component
public class WorkshopOrganizers {

	private final StringRedisTemplate redis;

	private final Organizers organizers;

	private final Messenger messenger;

	private final People people;

	WorkshopOrganizers(StringRedisTemplate redis, Organizers organizers, Messenger messenger, People people) {
		this.redis = redis;
		this.organizers = organizers;
		this.messenger = messenger;
		this.people = people;
	}

	static String key(String workshopId) {
		return "wb:{organizers}:workshop:" + workshopId;
	}

	/**
	 * @param userId the LINE user who acted in chat
	 */
	public void follow(String workshopId, String userId) {
		this.redis.opsForSet().add(key(workshopId), userId);
	}

	public List<String> of(String workshopId) {
		Set<String> following = Objects.requireNonNullElse(this.redis.opsForSet().members(key(workshopId)), Set.of());
		List<String> all = this.organizers.all().stream().map(Organizers.Organizer::userId).toList();
		List<String> still = all.stream().filter(following::contains).toList();
		return still.isEmpty() ? all : still;
	}

	/**
	 * Tells each of the workshop's organizers, in their language.
	 * @param about names the news: the same news is sent once however often this is
	 * called within LINE's 24 hours of retry keys
	 */
	public void tell(String workshopId, String about, Function<Locale, List<BotMessage>> news) {
		for (String userId : of(workshopId)) {
			UUID retryKey = UUID.nameUUIDFromBytes(
					("workshopbot:organizer-notice:" + about + ":" + userId).getBytes(StandardCharsets.UTF_8));
			this.messenger.tell(userId, news.apply(this.people.languageOf(userId)), retryKey);
		}
	}

}
