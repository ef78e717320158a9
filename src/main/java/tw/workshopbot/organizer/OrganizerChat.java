package tw.workshopbot.organizer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * The organizers' commands in chat: {@code 管理員 123456} redeems an invitation, and
 * {@code 報名統計} gives the counts of every workshop yet to end. Anyone else asking gets a
 * polite refusal and nothing changes; in a group the answer is a way to the 1:1 chat.
 */
@Component
class OrganizerChat implements TextCommand {

	/** Digits only: 「管理員」 followed by words is someone's job title, not a code. */
	private static final Pattern CODE = Pattern.compile("\\d{4,8}");

	private final Organizers organizers;

	private final Workshops workshops;

	private final Roster roster;

	private final BotTexts texts;

	private final Commands commands;

	private final OrganizerGate gate;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizerChat(Organizers organizers, Workshops workshops, Roster roster, BotTexts texts, Commands commands,
			OrganizerGate gate, AuditTrail audit, Clock clock) {
		this.organizers = organizers;
		this.workshops = workshops;
		this.roster = roster;
		this.texts = texts;
		this.commands = commands;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Set<String> names() {
		return Set.of("summary");
	}

	@Override
	public Map<String, Pattern> withArgument() {
		return Map.of("organizer", CODE);
	}

	@Override
	public Answer answer(Said said) {
		Optional<String> code = this.commands.argument("organizer", said.text())
			.filter((typed) -> CODE.matcher(typed).matches());
		return Answer.of(code.isPresent() ? redeem(said, code.get()) : summary(said));
	}

	private List<BotMessage> redeem(Said said, String code) {
		if (!said.inOneToOne()) {
			// A code posted in a group is a code everyone has seen.
			return List.of(new Text(this.texts.bilingual("organizer.inGroup")));
		}
		String key = switch (this.organizers.redeem(code, said.userId())) {
			case NOW_ORGANIZER -> "organizer.joined";
			case ALREADY_ORGANIZER -> "organizer.already";
			case UNKNOWN_CODE -> "organizer.unknownCode";
			case TOO_MANY_TRIES -> "organizer.tooManyTries";
		};
		return List.of(new Text(this.texts.say(said.locale(), key)));
	}

	private List<BotMessage> summary(Said said) {
		Optional<List<BotMessage>> refusal = this.gate.refusalInOneToOne(said);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		Locale locale = said.locale();
		this.audit.record(said.userId(), "summary.view", "chat");
		List<BotMessage> messages = new ArrayList<>();
		for (Workshop workshop : this.workshops.all()) {
			if (workshop.hasEnded(this.clock.instant()) || messages.size() == 5) {
				continue;
			}
			RegistrationSummary summary = RegistrationSummary.of(workshop, this.roster.all(workshop.id()));
			messages.add(new Text(describe(summary, locale)));
		}
		return messages.isEmpty() ? List.of(new Text(this.texts.say(locale, "organizer.summary.none"))) : messages;
	}

	private String describe(RegistrationSummary summary, Locale locale) {
		String offices = summary.perOffice()
			.entrySet()
			.stream()
			.filter((office) -> office.getValue() > 0)
			.map((office) -> office.getKey() + " " + office.getValue())
			.collect(Collectors.joining("、"));
		String missing = summary.requiredMissing().isEmpty() ? this.texts.in(locale, "organizer.summary.noneMissing")
				: String.join("、", summary.requiredMissing());
		return this.texts.in(locale, "organizer.summary", summary.title(), summary.confirmed(), summary.waitlisted(),
				summary.learningHours(), summary.handedOver(), summary.cancelled(), offices.isEmpty() ? "-" : offices,
				missing);
	}

}
