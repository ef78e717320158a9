package tw.workshopbot.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.DialogFeature;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.organizer.OrganizerGate;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Status;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * {@code 直播連結}: anyone with a confirmed seat gets the link as a reply (free of quota)
 * from its send time until the session ends; in a linked group, the group's link.
 * Organizers set it in the 1:1 chat with {@code 直播連結 https://…} (or
 * {@code 直播連結 W109 https://…}).
 */
@Component
class StreamLinkChat implements DialogFeature<PendingLink> {

	/** After the command's word: an optional workshop id, then the link. */
	private static final Pattern SET = Pattern.compile("(?:([A-Za-z0-9_-]{1,40})\\s+)?(\\S+)");

	private static final String COMMAND = "streamLink";

	private static final String PICK = "streamFor";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd HH:mm");

	/** Two workshops' link messages fill LINE's five per reply. */
	private static final int MAX_LINKS = 2;

	private final Workshops workshops;

	private final Deliveries deliveries;

	private final DeliveryMessages messages;

	private final Roster roster;

	private final GroupLinks groups;

	private final OpenWorkshops open;

	private final OrganizerGate gate;

	private final Commands commands;

	private final BotTexts texts;

	private final ZoneId zone;

	private final Clock clock;

	StreamLinkChat(Workshops workshops, Deliveries deliveries, DeliveryMessages messages, Roster roster,
			GroupLinks groups, OpenWorkshops open, OrganizerGate gate, Commands commands, BotTexts texts,
			AppProperties app, Clock clock) {
		this.workshops = workshops;
		this.deliveries = deliveries;
		this.messages = messages;
		this.roster = roster;
		this.groups = groups;
		this.open = open;
		this.gate = gate;
		this.commands = commands;
		this.texts = texts;
		this.zone = app.zone();
		this.clock = clock;
	}

	@Override
	public Set<String> names() {
		return Set.of(COMMAND);
	}

	/** 直播連結 with a link sets it; alone it asks for the links. */
	@Override
	public Map<String, Pattern> withArgument() {
		return Map.of(COMMAND, SET);
	}

	@Override
	public Set<String> taps() {
		return Set.of(PICK);
	}

	@Override
	public Handled<PendingLink> command(Said said, PendingLink pending) {
		if (said.postback().containsKey(PICK)) {
			return Handled.done(this.gate.refusalInOneToOne(said).orElseGet(() -> setPending(said, pending)));
		}
		Matcher set = SET
			.matcher(said.isTap() ? "" : this.commands.argument(COMMAND, said.typed()).map(String::strip).orElse(""));
		if (set.matches()) {
			Optional<List<BotMessage>> refusal = this.gate.refusalInOneToOne(said);
			return refusal.map(Handled::<PendingLink>done).orElseGet(() -> set(said, set.group(1), set.group(2)));
		}
		return Handled.done(said.context().chat().isOneToOne() ? linksFor(said) : linksOfGroup(said));
	}

	/** Nothing typed answers a link waiting for its workshop: only the tap does. */
	@Override
	public Optional<Handled<PendingLink>> answer(Said said, PendingLink pending) {
		return Optional.empty();
	}

	private List<BotMessage> linksFor(Said said) {
		List<BotMessage> answer = new ArrayList<>();
		for (Workshop workshop : live()) {
			boolean confirmed = said.userId() != null && this.roster.activeFor(workshop.id(), said.userId())
				.map(Registration::status)
				.filter(Status.CONFIRMED::equals)
				.isPresent();
			if (confirmed && answer.size() < 2 * MAX_LINKS) {
				this.deliveries.streamLink(workshop.id())
					.ifPresent((link) -> answer.addAll(this.messages.streamLink(workshop, link, false)));
			}
		}
		return answer.isEmpty() ? List.of(new Text(this.texts.say(said.locale(), "stream.none"))) : answer;
	}

	/** The group's own link is no personal answer: the bot pushed it there already. */
	private List<BotMessage> linksOfGroup(Said said) {
		List<String> linked = this.groups.workshops(said.context().chat().id());
		List<BotMessage> answer = new ArrayList<>();
		for (Workshop workshop : live()) {
			if (linked.contains(workshop.id()) && answer.size() < 2 * MAX_LINKS) {
				this.deliveries.streamLink(workshop.id())
					.ifPresent((link) -> answer.addAll(this.messages.streamLink(workshop, link, false)));
			}
		}
		return answer.isEmpty() ? List.of(new Text(this.texts.bilingual("stream.noneInGroup"))) : answer;
	}

	/** Workshops between their link's send time and their end. */
	private List<Workshop> live() {
		Instant now = this.clock.instant();
		return this.workshops.all()
			.stream()
			.filter((workshop) -> !now.isBefore(workshop.streamLinkSendsAt()) && !workshop.hasEnded(now))
			.toList();
	}

	private Handled<PendingLink> set(Said said, String workshopId, String url) {
		Locale locale = said.locale();
		if (StreamLinks.problem(url).isPresent()) {
			return Handled.done(List.of(new Text(this.texts.say(locale, "stream.invalid"))));
		}
		List<Workshop> open = this.open.all()
			.stream()
			.filter((workshop) -> workshopId == null || workshop.id().equals(workshopId))
			.toList();
		if (open.isEmpty()) {
			return Handled.done(List.of(new Text(this.texts.say(locale, "organizer.summary.none"))));
		}
		if (open.size() == 1) {
			return Handled.done(List.of(new Text(setFor(open.get(0), url, said))));
		}
		return Handled.asking(new PendingLink(url.strip()), List
			.of(OpenWorkshops.picker(this.texts.in(locale, "stream.which"), List.of(url), PICK, open, List.of())));
	}

	private List<BotMessage> setPending(Said said, PendingLink pending) {
		String url = (pending != null) ? pending.url() : null;
		Optional<Workshop> workshop = this.open.find(said.postback().get(PICK));
		if (url == null || workshop.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(), "stream.expired")));
		}
		return List.of(new Text(setFor(workshop.get(), url, said)));
	}

	private String setFor(Workshop workshop, String url, Said said) {
		Optional<StreamLink> before = this.deliveries.streamLink(workshop.id());
		StreamLink link = this.deliveries.setStreamLink(workshop, url, said.userId(), true);
		if (before.isPresent() && before.get().version() == link.version()) {
			return this.texts.say(said.locale(), "stream.unchanged", workshop.title());
		}
		Instant sendsAt = workshop.streamLinkSendsAt();
		if (this.clock.instant().isBefore(sendsAt)) {
			return this.texts.say(said.locale(), "stream.set", workshop.title(),
					WHEN.format(sendsAt.atZone(this.zone)));
		}
		return this.texts.say(said.locale(), before.isPresent() ? "stream.setUpdatedNow" : "stream.setNow",
				workshop.title());
	}

}
