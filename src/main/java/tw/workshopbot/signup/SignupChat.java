package tw.workshopbot.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.DialogFeature;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Input.Kind;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * The sign-up conversation at its edges: given the conversation the person is in, reads
 * the facts it needs, runs one transition and renders the replies; the router keeps what
 * it returns. In a 1:1 chat it takes any text that no global command took. 認領 is one of
 * its commands: a registration someone else entered continues here with the notice.
 */
@Component
public class SignupChat implements DialogFeature<Conversation> {

	private final Workshops workshops;

	private final Roster roster;

	private final SignupReplies replies;

	private final SignupTexts wording;

	private final Submission submission;

	private final ClaimChat claims;

	private final GroupRedirect groupRedirect;

	private final Clock clock;

	private final AppProperties app;

	SignupChat(Workshops workshops, Roster roster, SignupReplies replies, SignupTexts wording, Submission submission,
			ClaimChat claims, GroupRedirect groupRedirect, Clock clock, AppProperties app) {
		this.workshops = workshops;
		this.roster = roster;
		this.replies = replies;
		this.wording = wording;
		this.submission = submission;
		this.claims = claims;
		this.groupRedirect = groupRedirect;
		this.clock = clock;
		this.app = app;
	}

	@Override
	public Set<String> names() {
		return Set.of("signup", "colleague", ClaimChat.COMMAND);
	}

	@Override
	public Map<String, Pattern> withArgument() {
		return Map.of(ClaimChat.COMMAND, ClaimChat.CODE_TYPED);
	}

	@Override
	public Set<String> taps() {
		return Set.of("edit", "handOver", "colleague");
	}

	@Override
	public Handled<Conversation> command(Said said, Conversation stored) {
		if (this.wording.commands().argument(ClaimChat.COMMAND, said.text()).isPresent() && !said.isTap()) {
			return claim(said, stored);
		}
		if (!said.inOneToOne()) {
			return Handled.done(this.groupRedirect.to(said.text()));
		}
		return answer(said, stored).orElseThrow();
	}

	@Override
	public Optional<Handled<Conversation>> answer(Said said, Conversation stored) {
		if (!said.inOneToOne()) {
			return Optional.empty();
		}
		return Optional.of(turn(said, stored));
	}

	private Handled<Conversation> turn(Said said, Conversation stored) {
		boolean start = this.wording.commands().is("signup", said.text());
		boolean colleague = this.wording.commands().is("colleague", said.text());
		String userId = said.userId();
		Instant now = this.clock.instant();
		Optional<Conversation> active = Optional.ofNullable(stored)
			.filter((conversation) -> !conversation.isExpired(now));
		if (said.postback().containsKey("edit")) {
			return edit(said, said.postback().get("edit"), stored);
		}
		if (said.postback().containsKey("handOver")) {
			return handOver(said, said.postback().get("handOver"), stored);
		}
		if (said.postback().containsKey("colleague") || colleague) {
			return colleague(said, said.postback().get("colleague"));
		}
		if (start && active.isPresent()) {
			Facts facts = facts(userId, false);
			List<Reply> resumed = new ArrayList<>();
			resumed.add(Reply.Say.of("signup.resume"));
			resumed.addAll(SignupFlow.prompt(active.get(), facts));
			return Handled.asking(active.get(), this.replies.render(resumed, facts, said, null));
		}
		if (start) {
			Facts facts = facts(userId, true);
			return apply(said, null, SignupFlow.start(Purpose.SELF, facts), facts);
		}
		if (active.isEmpty()) {
			String key = (stored != null) ? "signup.expired" : "signup.hint";
			// The rich menu's 說明, or 說明 typed outside a sign-up: what the bot does.
			if (this.wording.commands().is("help", said.text())) {
				key = "signup.help.general";
			}
			return Handled.done(this.replies.render(List.of(Reply.Say.of(key)), facts(userId, false), said, null));
		}
		Conversation conversation = active.get();
		Facts facts = facts(userId, conversation.step() instanceof Step.ChoosingWorkshop);
		if (said.context().hasEventId() && said.context().eventId().equals(conversation.lastEventId())) {
			// Applied and stored, but its answer never begun: one begun is settled or
			// resumed from the answer journal before this. Redis failed (or the process
			// died) in between, so the person is asked what the conversation waits for
			// now, instead of hearing nothing.
			return Handled.asking(conversation,
					this.replies.render(SignupFlow.prompt(conversation, facts), facts, said, null));
		}
		Turn turn = SignupFlow.next(conversation, input(said), facts);
		return apply(said, conversation, turn, facts);
	}

	/**
	 * 認領 with a code: the registration linked to the sender, then, when someone else
	 * entered it, the notice and what only the person may type.
	 */
	private Handled<Conversation> claim(Said said, Conversation stored) {
		ClaimChat.Claimed claimed = this.claims.claim(said);
		if (claimed.linkedTo() == null) {
			return Handled.asking(stored, claimed.messages());
		}
		Facts facts = facts(said.userId(), false);
		return own(said, claimed.linkedTo(), facts, Purpose.COMPLETE).filter(Registration::awaitsItsPerson)
			.map((registration) -> complete(said, registration, facts))
			.orElseGet(() -> Handled.asking(stored, List.of()))
			.after(claimed.messages());
	}

	private Handled<Conversation> apply(Said said, Conversation before, Turn turn, Facts facts) {
		if (turn.submit()) {
			return this.submission.submit(said, turn.next(), facts);
		}
		if (turn.effect() == Turn.Effect.DECLINE) {
			this.submission.decline(turn.next(), facts);
			return Handled.done(this.replies.render(turn.replies(), facts, said, null));
		}
		List<BotMessage> messages = this.replies.render(turn.replies(), facts, said, refusedOffice(before, turn, said));
		return turn.ended() ? Handled.done(messages)
				: Handled.asking(turn.next().afterEvent(said.context().eventId()), messages);
	}

	/**
	 * What was typed for the office and refused: the list then starts with look-alikes.
	 */
	private static String refusedOffice(Conversation before, Turn turn, Said said) {
		boolean askedAgain = before != null && !turn.ended() && before.step().equals(turn.next().step())
				&& turn.next().step() instanceof Step.Answering answering && answering.question() == Question.OFFICE;
		return askedAgain ? said.text() : null;
	}

	/**
	 * 修改資料: the summary of the sender's registration. One that someone else entered and
	 * the sender has not yet agreed to starts with the notice instead.
	 */
	private Handled<Conversation> edit(Said said, String workshopId, Conversation stillOpen) {
		Facts facts = facts(said.userId(), false);
		Optional<Registration> registration = own(said, workshopId, facts, Purpose.COMPLETE);
		if (registration.isPresent() && registration.get().awaitsItsPerson()) {
			return complete(said, registration.get(), facts);
		}
		registration = registration.filter((mine) -> facts.allows(Purpose.EDIT, facts.workshop(workshopId).get()));
		if (registration.isEmpty()) {
			return Handled.asking(stillOpen,
					this.replies.render(List.of(Reply.Say.of("signup.editUnavailable")), facts, said, null));
		}
		Registration mine = registration.get();
		return apply(said, null,
				SignupFlow.edit(workshopId, mine.registrationNo(), Answers.of(mine.applicant()), facts), facts);
	}

	private Handled<Conversation> complete(Said said, Registration registration, Facts facts) {
		return apply(said, null, SignupFlow.complete(registration.workshopId(), registration.registrationNo(),
				Answers.of(registration.applicant()), facts), facts);
	}

	/** 換人參加, from 我的報名: allowed until the workshop starts. */
	private Handled<Conversation> handOver(Said said, String workshopId, Conversation stillOpen) {
		Facts facts = facts(said.userId(), false);
		Optional<Registration> registration = own(said, workshopId, facts, Purpose.HAND_OVER);
		if (registration.isEmpty()) {
			return Handled.asking(stillOpen,
					this.replies.render(List.of(Reply.Say.of("signup.handOver.unavailable")), facts, said, null));
		}
		return apply(said, null, SignupFlow.handOver(workshopId, registration.get().registrationNo(),
				registration.get().office(), facts), facts);
	}

	/** 幫同事報名: for the given workshop, or any open one (offered when several). */
	private Handled<Conversation> colleague(Said said, String workshopId) {
		Facts facts = facts(said.userId(), true);
		Optional<Workshop> workshop = facts.workshop(workshopId);
		Turn turn;
		if (workshop.isPresent() && facts.isOpen(workshop.get())) {
			turn = SignupFlow.start(Purpose.COLLEAGUE, facts.only(workshop.get()));
		}
		else {
			turn = SignupFlow.start(Purpose.COLLEAGUE, facts);
		}
		return apply(said, null, turn, facts);
	}

	/** The sender's own registration, not erased, where the purpose is still possible. */
	private Optional<Registration> own(Said said, String workshopId, Facts facts, Purpose purpose) {
		Optional<Workshop> workshop = facts.workshop(workshopId).filter((found) -> facts.allows(purpose, found));
		return workshop.flatMap((found) -> this.roster.activeFor(found.id(), said.userId()))
			.filter((registration) -> !registration.isErased());
	}

	private Input input(Said said) {
		String change = said.postback().get("change");
		Input input;
		if (change != null) {
			input = new Input(Kind.CHANGE, "", null, Question.ofToken(change));
		}
		else {
			input = new Input(kindOf(said.text()), said.text(), null, null);
		}
		String token = said.postback().get("s");
		return (token != null) ? input.tappedIn(token) : input;
	}

	private Kind kindOf(String text) {
		for (Map.Entry<String, Kind> command : COMMANDS.entrySet()) {
			if (this.wording.commands().is(command.getKey(), text)) {
				return command.getValue();
			}
		}
		return Kind.ANSWER;
	}

	private static final Map<String, Kind> COMMANDS = Map.of("cancel", Kind.CANCEL, "back", Kind.BACK, "help",
			Kind.HELP, "agree", Kind.AGREE, "disagree", Kind.DISAGREE, "submit", Kind.SUBMIT);

	/**
	 * @param withRegistrations whether the sender's registrations are needed (to start,
	 * or to pick a workshop): one hash read per workshop
	 */
	private Facts facts(String userId, boolean withRegistrations) {
		Instant now = this.clock.instant();
		Map<String, Workshop> byId = this.workshops.all()
			.stream()
			.collect(Collectors.toMap(Workshop::id, Function.identity()));
		Map<String, Facts.Mine> registered = new HashMap<>();
		if (withRegistrations) {
			for (Workshop workshop : byId.values()) {
				this.roster.activeFor(workshop.id(), userId)
					.ifPresent((registration) -> registered.put(workshop.id(),
							new Facts.Mine(registration.registrationNo(), registration.office())));
			}
		}
		return new Facts(now, LocalDate.ofInstant(now, this.app.zone()), byId, registered);
	}

}
