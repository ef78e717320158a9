package tw.workshopbot.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.form.PlainText;
import tw.workshopbot.organizer.Organizers;

/**
 * What a rehearsal's people and groups do, through the real path: a new person follows
 * the bot, a new group gets the bot's join event, a message typed becomes a signed
 * webhook.
 */
@Component
@WhenSimulating
class Rehearsal {

	/** LINE caps a text message at 5,000 characters; the page refuses longer ones. */
	static final int MAX_TEXT = 5000;

	private final SimulatorStore store;

	private final WebhookSender webhooks;

	private final ChatEvents events;

	private final Organizers organizers;

	private final Clock clock;

	Rehearsal(SimulatorStore store, WebhookSender webhooks, ChatEvents events, Organizers organizers, Clock clock) {
		this.clock = clock;
		this.store = store;
		this.webhooks = webhooks;
		this.events = events;
		this.organizers = organizers;
	}

	TestPerson addPerson(String name, String language) {
		String shown = required(name, "name", 20);
		String lang = "en".equals(language) ? "en" : "zh-TW";
		TestPerson person = new TestPerson(SimulatorStore.newUserId(), shown, lang, false);
		this.store.save(person);
		this.webhooks.follow(person.userId());
		return person;
	}

	TestGroup addGroup(String name, List<String> members) {
		String shown = required(name, "name", 50);
		List<String> known = new ArrayList<>();
		for (String member : (members != null) ? members : List.<String>of()) {
			if (this.store.person(member).isEmpty()) {
				throw new IllegalArgumentException("members: no test person " + member);
			}
			if (!known.contains(member)) {
				known.add(member);
			}
		}
		if (known.isEmpty()) {
			throw new IllegalArgumentException("members: choose at least one test person");
		}
		TestGroup group = new TestGroup(SimulatorStore.newGroupId(), shown, known);
		this.store.save(group);
		this.webhooks.join(group.groupId());
		return group;
	}

	/** Makes a test person an organizer, as ORGANIZER_USER_IDS or an invitation would. */
	TestPerson makeOrganizer(String userId) {
		TestPerson person = this.store.person(userId)
			.orElseThrow(() -> new IllegalArgumentException("no test person " + userId));
		if (!this.organizers.isOrganizer(userId)) {
			this.organizers.redeem(this.organizers.invite("simulator").code(), userId);
		}
		TestPerson organizer = person.asOrganizer();
		this.store.save(organizer);
		return organizer;
	}

	/** A person types into a chat: theirs, or a group they are in. */
	void say(String chatId, String asUserId, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("text: type something to send");
		}
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("text: LINE takes at most " + MAX_TEXT + " characters");
		}
		WebhookSender.Source source = source(chatId, asUserId);
		this.store.append(chatId, new ChatLine(this.clock.instant(), asUserId, "text", text, null));
		this.events.chatChanged(chatId);
		this.webhooks.text(source, text);
	}

	/**
	 * A tap on something the bot offered: a postback shows its display text as the
	 * person's message (and nothing when it has none), as LINE does; a message action
	 * sends its text.
	 */
	void tap(String chatId, String asUserId, String type, String data, String displayText, String text) {
		if ("message".equals(type)) {
			say(chatId, asUserId, text);
			return;
		}
		WebhookSender.Source source = source(chatId, asUserId);
		if (!"postback".equals(type) || data == null || data.length() > 300) {
			throw new IllegalArgumentException("type: postback with data of at most 300 characters, or message");
		}
		if (displayText != null && !displayText.isBlank()) {
			this.store.append(chatId, new ChatLine(this.clock.instant(), asUserId, "tap", displayText, null));
			this.events.chatChanged(chatId);
		}
		this.webhooks.postback(source, data);
	}

	private WebhookSender.Source source(String chatId, String asUserId) {
		TestPerson person = this.store.person(asUserId)
			.orElseThrow(() -> new IllegalArgumentException("as: no test person " + asUserId));
		if (chatId.equals(person.userId())) {
			return new WebhookSender.Source(person.userId(), null);
		}
		TestGroup group = this.store.group(chatId)
			.orElseThrow(() -> new IllegalArgumentException("chat: no test person or group " + chatId));
		if (!group.members().contains(person.userId())) {
			throw new IllegalArgumentException("as: " + person.name() + " is not in " + group.name());
		}
		return new WebhookSender.Source(person.userId(), group.groupId());
	}

	Optional<TestPerson> person(String userId) {
		return this.store.person(userId);
	}

	private static String required(String value, String field, int max) {
		String stripped = (value == null) ? "" : value.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			throw new IllegalArgumentException(field + ": 1 to " + max + " characters");
		}
		if (PlainText.flaw(stripped, false).isPresent()) {
			throw new IllegalArgumentException(field + ": no control characters and something visible");
		}
		return PlainText.trimmed(stripped);
	}

}
