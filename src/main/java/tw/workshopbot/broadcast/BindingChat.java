package tw.workshopbot.broadcast;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Answer;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.OrganizerGate;
import tw.workshopbot.organizer.WorkshopOrganizers;
import tw.workshopbot.registration.WrongTries;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Linking a group to workshops from LINE: an organizer asks for a code in the 1:1 chat
 * ({@code 綁定}, then picks the workshops) and posts {@code 綁定 123456} in the group, so
 * nobody has to find a group id. {@code 解除綁定} in the group undoes it.
 */
@Component
class BindingChat implements TextCommand {

	/** What follows 綁定 when it is posted in the group to link it. */
	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private static final String PICK = "bind";

	private static final String ALL = "*";

	private final Workshops workshops;

	private final OpenWorkshops open;

	private final GroupLinks links;

	private final BindingCodes codes;

	private final OrganizerGate gate;

	private final WorkshopOrganizers organizers;

	private final WrongTries wrongTries;

	private final AuditTrail audit;

	private final Commands commands;

	private final BotTexts texts;

	BindingChat(Workshops workshops, OpenWorkshops open, GroupLinks links, BindingCodes codes, OrganizerGate gate,
			WorkshopOrganizers organizers, WrongTries wrongTries, AuditTrail audit, Commands commands, BotTexts texts) {
		this.workshops = workshops;
		this.open = open;
		this.links = links;
		this.codes = codes;
		this.gate = gate;
		this.organizers = organizers;
		this.wrongTries = wrongTries;
		this.audit = audit;
		this.commands = commands;
		this.texts = texts;
	}

	@Override
	public Set<String> names() {
		return Set.of("bind", "unbind");
	}

	@Override
	public Map<String, Pattern> withArgument() {
		return Map.of("bind", CODE);
	}

	@Override
	public Set<String> taps() {
		return Set.of(PICK);
	}

	@Override
	public Answer answer(Said said) {
		if (said.postback().containsKey(PICK)) {
			return Answer.of(this.gate.refusalInOneToOne(said).orElseGet(() -> issue(said, said.postback().get(PICK))));
		}
		Optional<String> code = this.commands.argument("bind", said.text())
			.filter((typed) -> CODE.matcher(typed).matches());
		if (code.isPresent()) {
			return Answer.of(redeem(said, code.get()));
		}
		if (this.commands.is("bind", said.text())) {
			return Answer.of(this.gate.refusalInOneToOne(said).orElseGet(() -> choose(said.locale())));
		}
		return Answer.of(unbind(said));
	}

	private List<BotMessage> choose(Locale locale) {
		List<Workshop> open = this.open.all();
		if (open.isEmpty()) {
			return List.of(new Text(this.texts.say(locale, "organizer.summary.none")));
		}
		List<Choice> all = (open.size() > 1)
				? List.of(Choice.tapping(this.texts.in(locale, "bind.all"), Said.data(Map.of(PICK, ALL)))) : List.of();
		return List.of(OpenWorkshops.picker(this.texts.in(locale, "bind.which"), List.of(), PICK, open, all));
	}

	private List<BotMessage> issue(Said said, String picked) {
		List<String> ids = this.open.all()
			.stream()
			.map(Workshop::id)
			.filter((id) -> ALL.equals(picked) || id.equals(picked))
			.toList();
		if (ids.isEmpty()) {
			return List.of(new Text(this.texts.say(said.locale(), "organizer.summary.none")));
		}
		String code = this.codes.issue(ids, said.userId());
		ids.forEach((id) -> this.organizers.follow(id, said.userId()));
		this.audit.record(said.userId(), "group.binding-code", String.join(",", ids));
		return List.of(
				new Text(this.texts.say(said.locale(), "bind.code", titles(ids), BindingCodes.VALID.toMinutes())),
				new Text(this.commands.label("bind", Locale.TAIWAN) + " " + code));
	}

	private List<BotMessage> redeem(Said said, String code) {
		if (said.context().chat().isOneToOne()) {
			return List.of(new Text(this.texts.say(said.locale(), "bind.postInGroup")));
		}
		String groupId = said.context().chat().id();
		if (this.wrongTries.lockedOut("binding", groupId)) {
			return List.of(new Text(this.texts.bilingual("organizer.tooManyTries")));
		}
		Optional<BindingCodes.Binding> binding = this.codes.redeem(code);
		if (binding.isEmpty()) {
			this.wrongTries.wrong("binding", groupId);
			return List.of(new Text(this.texts.bilingual("bind.unknownCode")));
		}
		List<String> linked = binding.get()
			.workshopIds()
			.stream()
			.filter((id) -> this.workshops.find(id).isPresent())
			.toList();
		linked.forEach((id) -> this.links.link(groupId, id));
		this.audit.record(binding.get().by(), "group.link", groupId + " → " + String.join(",", linked));
		return List.of(new Text(this.texts.bilingual("bind.done", titles(linked))));
	}

	private List<BotMessage> unbind(Said said) {
		if (said.context().chat().isOneToOne()) {
			return List.of(new Text(this.texts.say(said.locale(), "bind.unbindInGroup")));
		}
		Optional<List<BotMessage>> refusal = this.gate.refusal(said);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		String groupId = said.context().chat().id();
		List<String> was = this.links.unlinkAll(groupId);
		if (was.isEmpty()) {
			return List.of(new Text(this.texts.bilingual("bind.noneLinked")));
		}
		this.audit.record(said.userId(), "group.unlink", groupId + " → " + String.join(",", was));
		return List.of(new Text(this.texts.bilingual("bind.undone", titles(was))));
	}

	private String titles(List<String> workshopIds) {
		return String.join("、",
				workshopIds.stream()
					.map((id) -> this.workshops.find(id).map(Workshop::title).orElse(id))
					.map((title) -> "「" + title + "」")
					.toList());
	}

}
