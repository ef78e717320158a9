package tw.workshopbot.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.Said;
import tw.workshopbot.chat.TextCommand;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Input.Kind;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * The sign-up conversation at its edges: reads the conversation and the facts it needs,
 * runs one transition, stores the result and renders the replies. Asked last among the
 * commands: in a 1:1 chat it takes any text that no other command took.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SignupChat implements TextCommand {

	private final Conversations conversations;

	private final Workshops workshops;

	private final Roster roster;

	private final SignupReplies replies;

	private final SignupTexts wording;

	private final Submission submission;

	private final GroupRedirect groupRedirect;

	private final Clock clock;

	private final AppProperties app;

	SignupChat(Conversations conversations, Workshops workshops, Roster roster, SignupReplies replies,
			SignupTexts wording, Submission submission, GroupRedirect groupRedirect, Clock clock, AppProperties app) {
		this.conversations = conversations;
		this.workshops = workshops;
		this.roster = roster;
		this.replies = replies;
		this.wording = wording;
		this.submission = submission;
		this.groupRedirect = groupRedirect;
		this.clock = clock;
		this.app = app;
	}

	@Override
	public Optional<List<BotMessage>> answer(Said said) {
		boolean start = this.wording.commands().is("signup", said.text());
		boolean colleague = this.wording.commands().is("colleague", said.text());
		if (!said.inOneToOne()) {
			return (start || colleague) ? Optional.of(this.groupRedirect.to(said.text())) : Optional.empty();
		}
		String userId = said.userId();
		Optional<Conversation> stored = this.conversations.find(userId);
		Instant now = this.clock.instant();
		Optional<Conversation> active = stored.filter((conversation) -> !conversation.isExpired(now));
		if (said.postback().containsKey("edit")) {
			return Optional.of(edit(said, said.postback().get("edit")));
		}
		if (said.postback().containsKey("handOver")) {
			return Optional.of(handOver(said, said.postback().get("handOver")));
		}
		if (said.postback().containsKey("colleague") || colleague) {
			return Optional.of(colleague(said, said.postback().get("colleague")));
		}
		if (start && active.isPresent()) {
			Facts facts = facts(userId, false);
			List<Reply> resumed = new ArrayList<>();
			resumed.add(Reply.Say.of("signup.resume"));
			resumed.addAll(SignupFlow.prompt(active.get(), facts));
			return Optional.of(this.replies.render(resumed, facts, said, null));
		}
		if (start) {
			Facts facts = facts(userId, true);
			return Optional.of(apply(said, null, SignupFlow.start(Purpose.SELF, facts), facts));
		}
		if (active.isEmpty()) {
			String key = stored.isPresent() ? "signup.expired" : "signup.hint";
			// The rich menu's 說明, or 說明 typed outside a sign-up: what the bot does.
			if (this.wording.commands().is("help", said.text())) {
				key = "signup.help.general";
			}
			stored.ifPresent((expired) -> this.conversations.remove(userId));
			return Optional.of(this.replies.render(List.of(Reply.Say.of(key)), facts(userId, false), said, null));
		}
		Conversation conversation = active.get();
		if (said.context().hasEventId() && said.context().eventId().equals(conversation.lastEventId())) {
			return Optional.of(List.of()); // applied before LINE redelivered it
		}
		Facts facts = facts(userId, conversation.step() instanceof Step.ChoosingWorkshop);
		Turn turn = SignupFlow.next(conversation, input(said), facts);
		return Optional.of(apply(said, conversation, turn, facts));
	}

	private List<BotMessage> apply(Said said, Conversation before, Turn turn, Facts facts) {
		if (turn.submit()) {
			return this.submission.submit(said, turn.next(), facts);
		}
		if (turn.effect() == Turn.Effect.DECLINE) {
			this.submission.decline(said, turn.next(), facts);
			return this.replies.render(turn.replies(), facts, said, null);
		}
		if (turn.ended()) {
			this.conversations.remove(said.userId());
		}
		else {
			this.conversations.save(said.userId(), turn.next().afterEvent(said.context().eventId()));
		}
		return this.replies.render(turn.replies(), facts, said, refusedOffice(before, turn, said));
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
	private List<BotMessage> edit(Said said, String workshopId) {
		Facts facts = facts(said.userId(), false);
		Optional<Registration> registration = own(said, workshopId, facts, Purpose.COMPLETE);
		if (registration.isPresent() && registration.get().awaitsItsPerson()) {
			return complete(said, registration.get(), facts);
		}
		registration = registration.filter((mine) -> facts.allows(Purpose.EDIT, facts.workshop(workshopId).get()));
		if (registration.isEmpty()) {
			return this.replies.render(List.of(Reply.Say.of("signup.editUnavailable")), facts, said, null);
		}
		Registration mine = registration.get();
		return apply(said, null,
				SignupFlow.edit(workshopId, mine.registrationNo(), Answers.of(mine.applicant()), facts), facts);
	}

	/**
	 * Just claimed (or claimed earlier and not finished): the notice, then what only the
	 * person may type. Nothing when the person entered it themselves.
	 */
	List<BotMessage> afterClaim(Said said, String workshopId) {
		Facts facts = facts(said.userId(), false);
		return own(said, workshopId, facts, Purpose.COMPLETE).filter(Registration::awaitsItsPerson)
			.map((registration) -> complete(said, registration, facts))
			.orElse(List.of());
	}

	private List<BotMessage> complete(Said said, Registration registration, Facts facts) {
		return apply(said, null, SignupFlow.complete(registration.workshopId(), registration.registrationNo(),
				Answers.of(registration.applicant()), facts), facts);
	}

	/** 換人參加, from 我的報名: allowed until the workshop starts. */
	private List<BotMessage> handOver(Said said, String workshopId) {
		Facts facts = facts(said.userId(), false);
		Optional<Registration> registration = own(said, workshopId, facts, Purpose.HAND_OVER);
		if (registration.isEmpty()) {
			return this.replies.render(List.of(Reply.Say.of("signup.handOver.unavailable")), facts, said, null);
		}
		return apply(said, null, SignupFlow.handOver(workshopId, registration.get().registrationNo(),
				registration.get().office(), facts), facts);
	}

	/** 幫同事報名: for the given workshop, or any open one (offered when several). */
	private List<BotMessage> colleague(Said said, String workshopId) {
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
