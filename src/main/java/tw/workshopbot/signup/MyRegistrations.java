package tw.workshopbot.signup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Registrations.Withdrawal;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * 我的報名: the sender's registrations with their number, workshop, time and status, and
 * buttons to view, change, hand over or cancel one. Cancelling asks first; a seat it
 * frees goes to the first on the waiting list, who is told.
 */
@Component
class MyRegistrations implements TextCommand {

	private final Workshops workshops;

	private final Roster roster;

	private final Registrations registrations;

	private final SignupTexts wording;

	private final BotTexts texts;

	private final Promotions promotions;

	private final RegistrationView view;

	private final GroupRedirect groupRedirect;

	private final Clock clock;

	MyRegistrations(Workshops workshops, Roster roster, Registrations registrations, SignupTexts wording,
			Promotions promotions, RegistrationView view, GroupRedirect groupRedirect, Clock clock) {
		this.view = view;
		this.workshops = workshops;
		this.roster = roster;
		this.registrations = registrations;
		this.wording = wording;
		this.texts = wording.texts();
		this.promotions = promotions;
		this.groupRedirect = groupRedirect;
		this.clock = clock;
	}

	@Override
	public Set<String> names() {
		return Set.of("myRegistrations");
	}

	@Override
	public Set<String> taps() {
		return Set.of("mine");
	}

	@Override
	public Answer answer(Said said) {
		return Answer.of(answering(said, said.postback().get("mine")));
	}

	private List<BotMessage> answering(Said said, String action) {
		if (!said.inOneToOne()) {
			return this.groupRedirect.to(said.text());
		}
		if ("cancel".equals(action)) {
			return confirmCancel(said, said.postback().get("w"));
		}
		if ("cancelConfirmed".equals(action)) {
			return cancel(said, said.postback().get("w"));
		}
		if ("view".equals(action)) {
			return view(said, said.postback().get("w"));
		}
		if ("keep".equals(action)) {
			return List.of(new Text(this.texts.say(said.locale(), "mine.kept")));
		}
		return list(said);
	}

	private List<BotMessage> list(Said said) {
		Locale locale = said.locale();
		List<Card> cards = new ArrayList<>();
		for (Workshop workshop : upcomingFirst()) {
			Optional<Registration> registration = this.roster.activeFor(workshop.id(), said.userId());
			if (registration.isEmpty() || cards.size() == 12) {
				continue;
			}
			cards.add(card(workshop, registration.get(), locale));
		}
		if (cards.isEmpty()) {
			return List
				.of(new Text(this.texts.say(locale, "mine.none"), List.of(this.wording.command("signup", locale))));
		}
		return List.of(new Cards(this.texts.say(locale, "mine.alt", cards.size()), cards, List.of()));
	}

	private Card card(Workshop workshop, Registration registration, Locale locale) {
		List<String> lines = List.of(this.texts.in(locale, "mine.number", registration.registrationNo()),
				this.wording.time(workshop), this.wording.status(registration.status(), locale));
		List<Choice> buttons = new ArrayList<>();
		Instant now = this.clock.instant();
		Purpose change = registration.awaitsItsPerson() ? Purpose.COMPLETE : Purpose.EDIT;
		boolean started = !Purpose.HAND_OVER.possibleFor(workshop, now);
		if (!registration.isErased()) {
			buttons.add(Choice.tapping(this.texts.in(locale, "mine.view"), data("view", workshop.id())));
		}
		if (change.possibleFor(workshop, now) && !registration.isErased()) {
			String label = this.texts.in(locale, "mine.change");
			buttons.add(Choice.tapping(label, Said.data(Map.of("edit", workshop.id()))));
		}
		if (!started && !registration.isErased()) {
			String handOver = this.texts.in(locale, "mine.handOver");
			buttons.add(Choice.tapping(handOver, Said.data(Map.of("handOver", workshop.id()))));
		}
		if (!started) {
			String cancel = this.texts.in(locale, "mine.cancel");
			buttons.add(Choice.tapping(cancel, data("cancel", workshop.id())));
		}
		return new Card(workshop.title(), lines, List.of(), buttons);
	}

	private List<BotMessage> view(Said said, String workshopId) {
		Optional<Workshop> workshop = this.workshops.find(workshopId);
		Optional<Registration> registration = workshop
			.flatMap((found) -> this.roster.activeFor(found.id(), said.userId()))
			.filter((found) -> !found.isErased());
		if (registration.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(), "mine.notFound")));
		}
		return List.of(this.view.of(workshop.get(), registration.get(), said.locale()));
	}

	private List<BotMessage> confirmCancel(Said said, String workshopId) {
		Locale locale = said.locale();
		Optional<Workshop> workshop = this.workshops.find(workshopId);
		Optional<Registration> registration = workshop
			.flatMap((found) -> this.roster.activeFor(found.id(), said.userId()));
		if (registration.isEmpty()) {
			return List.of(new Text(this.texts.say(locale, "mine.notFound")));
		}
		String yes = this.texts.in(locale, "mine.cancel.yes");
		String no = this.texts.in(locale, "mine.cancel.no");
		return List.of(new Text(
				this.texts.say(locale, "mine.cancel.confirm", workshop.get().title(),
						registration.get().registrationNo()),
				List.of(Choice.tapping(yes, data("cancelConfirmed", workshopId)),
						Choice.tapping(no, Said.data(Map.of("mine", "keep"))))));
	}

	private List<BotMessage> cancel(Said said, String workshopId) {
		Locale locale = said.locale();
		Optional<Workshop> workshop = this.workshops.find(workshopId);
		Optional<Registration> registration = workshop
			.flatMap((found) -> this.roster.activeFor(found.id(), said.userId()));
		if (registration.isEmpty()) {
			return List.of(new Text(this.texts.say(locale, "mine.notFound")));
		}
		if (!this.clock.instant().isBefore(workshop.get().startsAt())) {
			return List.of(new Text(this.texts.say(locale, "mine.cancel.started", workshop.get().title())));
		}
		Withdrawal withdrawal = this.registrations.cancel(workshop.get(), registration.get().registrationNo());
		this.promotions.tell(workshop.get(), withdrawal.promoted());
		return List.of(new Text(
				this.texts.say(locale, "mine.cancelled", registration.get().registrationNo(), workshop.get().title())));
	}

	private List<Workshop> upcomingFirst() {
		return this.workshops.all().stream().sorted(Comparator.comparing(Workshop::startsAt).reversed()).toList();
	}

	private static String data(String action, String workshopId) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("mine", action);
		data.put("w", workshopId);
		return Said.data(data);
	}

}
