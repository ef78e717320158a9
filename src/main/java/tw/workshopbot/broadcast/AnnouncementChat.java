package tw.workshopbot.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.workshopbot.broadcast.Deliveries.AnnouncementAudience;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.DialogFeature;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.form.PlainText;
import tw.workshopbot.organizer.OrganizerGate;
import tw.workshopbot.workshop.Workshop;

/**
 * {@code 公告}: an organizer picks the workshop, writes the text, sees it as it will
 * arrive, then picks who gets it. Nothing goes out before that last tap. While a draft
 * waits for its text, whatever the organizer types next that is no command is that text.
 */
@Component
class AnnouncementChat implements DialogFeature<AnnouncementDraft> {

	private static final String PICK = "announceFor";

	private static final String SEND = "announceTo";

	private static final String CANCEL = "cancel";

	private final OpenWorkshops open;

	private final Deliveries deliveries;

	private final DeliveryMessages messages;

	private final OrganizerGate gate;

	private final Commands commands;

	private final BotTexts texts;

	AnnouncementChat(OpenWorkshops open, Deliveries deliveries, DeliveryMessages messages, OrganizerGate gate,
			Commands commands, BotTexts texts) {
		this.open = open;
		this.deliveries = deliveries;
		this.messages = messages;
		this.gate = gate;
		this.commands = commands;
		this.texts = texts;
	}

	@Override
	public Set<String> names() {
		return Set.of("announce");
	}

	@Override
	public Set<String> taps() {
		return Set.of(PICK, SEND);
	}

	@Override
	public Handled<AnnouncementDraft> command(Said said, AnnouncementDraft draft) {
		Optional<List<BotMessage>> refusal = this.gate.refusalInOneToOne(said);
		if (refusal.isPresent()) {
			return Handled.done(refusal.get());
		}
		if (said.postback().containsKey(PICK)) {
			return start(said, said.postback().get(PICK));
		}
		if (said.postback().containsKey(SEND)) {
			return Handled.done(send(said, draft));
		}
		return choose(said);
	}

	@Override
	public Optional<Handled<AnnouncementDraft>> answer(Said said, AnnouncementDraft draft) {
		if (said.isTap() || draft.text() != null) {
			return Optional.empty();
		}
		return Optional.of(write(said, draft));
	}

	private Handled<AnnouncementDraft> choose(Said said) {
		List<Workshop> open = this.open.all();
		if (open.isEmpty()) {
			return Handled.done(List.of(new Text(this.texts.say(said.locale(), "organizer.summary.none"))));
		}
		if (open.size() == 1) {
			return start(said, open.get(0).id());
		}
		return Handled.done(List.of(OpenWorkshops.picker(this.texts.in(said.locale(), "announce.which"), List.of(),
				PICK, open, List.of())));
	}

	private Handled<AnnouncementDraft> start(Said said, String workshopId) {
		Optional<Workshop> workshop = this.open.find(workshopId);
		if (workshop.isEmpty()) {
			return Handled.done(List.of(new Text(this.texts.say(said.locale(), "organizer.summary.none"))));
		}
		return Handled.asking(new AnnouncementDraft(workshopId, null), List.of(new Text(this.texts.say(said.locale(),
				"announce.write", workshop.get().title(), DeliveryMessages.MAX_ANNOUNCEMENT))));
	}

	private Handled<AnnouncementDraft> write(Said said, AnnouncementDraft draft) {
		Locale locale = said.locale();
		if (this.commands.is("cancel", said.text())) {
			return Handled.done(List.of(new Text(this.texts.say(locale, "announce.cancelled"))));
		}
		Optional<Workshop> workshop = this.open.find(draft.workshopId());
		if (workshop.isEmpty()) {
			return Handled.done(List.of(new Text(this.texts.say(locale, "organizer.summary.none"))));
		}
		if (said.typed().length() > DeliveryMessages.MAX_ANNOUNCEMENT) {
			return Handled.asking(draft,
					List.of(new Text(this.texts.say(locale, "announce.tooLong", DeliveryMessages.MAX_ANNOUNCEMENT))));
		}
		if (PlainText.flaw(said.typed(), true).isPresent()) {
			return Handled.asking(draft, List.of(new Text(this.texts.say(locale, "announce.unprintable"))));
		}
		List<BotMessage> preview = new ArrayList<>(this.messages.announcement(workshop.get(), said.typed()));
		List<Choice> choices = new ArrayList<>();
		for (AnnouncementAudience audience : AnnouncementAudience.values()) {
			String name = audience.name().toLowerCase(Locale.ROOT);
			choices.add(Choice.tapping(this.texts.in(locale, "announce.to." + name), Said.data(Map.of(SEND, name))));
		}
		choices.add(Choice.tapping(this.commands.label("cancel", locale), Said.data(Map.of(SEND, CANCEL))));
		preview.add(new Text(this.texts.say(locale, "announce.confirm"), choices));
		return Handled.asking(new AnnouncementDraft(draft.workshopId(), said.typed()), preview);
	}

	private List<BotMessage> send(Said said, AnnouncementDraft draft) {
		String to = said.postback().get(SEND);
		if (CANCEL.equals(to)) {
			return List.of(new Text(this.texts.say(said.locale(), "announce.cancelled")));
		}
		Optional<Workshop> workshop = Optional.ofNullable(draft).flatMap((found) -> this.open.find(found.workshopId()));
		boolean known = List.of("groups", "registrants", "both").contains(to);
		if (draft == null || draft.text() == null || workshop.isEmpty() || !known) {
			return List.of(new Text(this.texts.say(said.locale(), "announce.expired")));
		}
		AnnouncementAudience audience = AnnouncementAudience.valueOf(to.toUpperCase(Locale.ROOT));
		Delivery delivery = this.deliveries.announce(workshop.get(), draft.text(), audience, said.userId(), true);
		return List.of(new Text(this.texts.say(said.locale(), "announce.queued", delivery.groups().size(),
				delivery.people(), delivery.unreachable().size())));
	}

}
