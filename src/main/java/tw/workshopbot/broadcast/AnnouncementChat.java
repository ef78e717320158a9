package tw.workshopbot.broadcast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.Deliveries.AnnouncementAudience;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.form.PlainText;
import tw.workshopbot.organizer.OrganizerGate;
import tw.workshopbot.workshop.Workshop;

/**
 * {@code 公告}: an organizer picks the workshop, writes the text, sees it as it will
 * arrive, then picks who gets it. Nothing goes out before that last tap. While a draft
 * waits for its text, whatever the organizer types next is that text.
 */
@Component
@Order(5)
class AnnouncementChat implements TextCommand {

	private static final String PICK = "announceFor";

	private static final String SEND = "announceTo";

	private static final String CANCEL = "cancel";

	private static final Duration DRAFT_KEPT = Duration.ofMinutes(30);

	private final OpenWorkshops open;

	private final Deliveries deliveries;

	private final DeliveryMessages messages;

	private final OrganizerGate gate;

	private final StringRedisTemplate redis;

	private final Commands commands;

	private final BotTexts texts;

	AnnouncementChat(OpenWorkshops open, Deliveries deliveries, DeliveryMessages messages, OrganizerGate gate,
			StringRedisTemplate redis, Commands commands, BotTexts texts) {
		this.open = open;
		this.deliveries = deliveries;
		this.messages = messages;
		this.gate = gate;
		this.redis = redis;
		this.commands = commands;
		this.texts = texts;
	}

	static String draftKey(String userId) {
		return "wb:{organizers}:draft:" + userId;
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		if (said.postback().containsKey(PICK)) {
			return Optional
				.of(this.gate.refusalInOneToOne(said).orElseGet(() -> start(said, said.postback().get(PICK))));
		}
		if (said.postback().containsKey(SEND)) {
			return Optional.of(this.gate.refusalInOneToOne(said).orElseGet(() -> send(said)));
		}
		if (this.commands.is("announce", said.text())) {
			return Optional.of(this.gate.refusalInOneToOne(said).orElseGet(() -> choose(said)));
		}
		if (!said.isTap() && said.inOneToOne()) {
			Map<String, String> draft = drafts().entries(draftKey(said.userId()));
			if (draft.containsKey("workshop") && !draft.containsKey("text")) {
				return Optional.of(write(said, draft.get("workshop")));
			}
		}
		return Optional.empty();
	}

	private List<BotMessage> choose(Said said) {
		List<Workshop> open = this.open.all();
		if (open.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(), "organizer.summary.none")));
		}
		if (open.size() == 1) {
			return start(said, open.get(0).id());
		}
		return List
			.of(OpenWorkshops.picker(this.texts.in(said.locale(), "announce.which"), List.of(), PICK, open, List.of()));
	}

	private List<BotMessage> start(Said said, String workshopId) {
		Optional<Workshop> workshop = this.open.find(workshopId);
		if (workshop.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(), "organizer.summary.none")));
		}
		String key = draftKey(said.userId());
		this.redis.delete(key);
		drafts().put(key, "workshop", workshopId);
		this.redis.expire(key, DRAFT_KEPT);
		return List.of(new Text(this.texts.say(said.locale(), "announce.write", workshop.get().title(),
				DeliveryMessages.MAX_ANNOUNCEMENT)));
	}

	private List<BotMessage> write(Said said, String workshopId) {
		Locale locale = said.locale();
		String key = draftKey(said.userId());
		if (this.commands.is("cancel", said.text())) {
			this.redis.delete(key);
			return List.of(new Text(this.texts.say(locale, "announce.cancelled")));
		}
		Optional<Workshop> workshop = this.open.find(workshopId);
		if (workshop.isEmpty()) {
			this.redis.delete(key);
			return List.of(new Text(this.texts.say(locale, "organizer.summary.none")));
		}
		if (said.typed().length() > DeliveryMessages.MAX_ANNOUNCEMENT) {
			return List.of(new Text(this.texts.say(locale, "announce.tooLong", DeliveryMessages.MAX_ANNOUNCEMENT)));
		}
		if (PlainText.flaw(said.typed(), true).isPresent()) {
			return List.of(new Text(this.texts.say(locale, "announce.unprintable")));
		}
		drafts().put(key, "text", said.typed());
		this.redis.expire(key, DRAFT_KEPT);
		List<BotMessage> preview = new ArrayList<>(this.messages.announcement(workshop.get(), said.typed()));
		List<Choice> choices = new ArrayList<>();
		for (AnnouncementAudience audience : AnnouncementAudience.values()) {
			String name = audience.name().toLowerCase(Locale.ROOT);
			choices.add(Choice.tapping(this.texts.in(locale, "announce.to." + name), Said.data(Map.of(SEND, name))));
		}
		choices.add(Choice.tapping(this.commands.label("cancel", locale), Said.data(Map.of(SEND, CANCEL))));
		preview.add(new Text(this.texts.say(locale, "announce.confirm"), choices));
		return preview;
	}

	private List<BotMessage> send(Said said) {
		String key = draftKey(said.userId());
		Map<String, String> draft = drafts().entries(key);
		this.redis.delete(key);
		String to = said.postback().get(SEND);
		if (CANCEL.equals(to)) {
			return List.of(new Text(this.texts.say(said.locale(), "announce.cancelled")));
		}
		Optional<Workshop> workshop = this.open.find(draft.get("workshop"));
		boolean known = List.of("groups", "registrants", "both").contains(to);
		if (draft.get("text") == null || workshop.isEmpty() || !known) {
			return List.of(new Text(this.texts.say(said.locale(), "announce.expired")));
		}
		AnnouncementAudience audience = AnnouncementAudience.valueOf(to.toUpperCase(Locale.ROOT));
		Delivery delivery = this.deliveries.announce(workshop.get(), draft.get("text"), audience, said.userId(), true);
		return List.of(new Text(this.texts.say(said.locale(), "announce.queued", delivery.groups().size(),
				delivery.people(), delivery.unreachable().size())));
	}

	private HashOperations<String, String, String> drafts() {
		return this.redis.opsForHash();
	}

}
