package tw.workshopbot.signup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tw.workshopbot.form.FormField;
import tw.workshopbot.form.InvalidInput;
import tw.workshopbot.signup.Input.Kind;
import tw.workshopbot.signup.Reply.Ask;
import tw.workshopbot.signup.Reply.Say;
import tw.workshopbot.signup.Step.Answering;
import tw.workshopbot.signup.Step.ChoosingWorkshop;
import tw.workshopbot.signup.Step.ReadingNotice;
import tw.workshopbot.signup.Step.Reviewing;
import tw.workshopbot.workshop.Workshop;

/**
 * The sign-up conversation's transitions: pure functions of (conversation, input, facts)
 * to the next conversation and what to say. Nothing here reads Redis, calls LINE or asks
 * the time: all of that is in {@link Facts} or done by the caller with the {@link Turn}.
 */
final class SignupFlow {

	/**
	 * The notice's version, kept with each consent: 2026-12 names each workshop's own
	 * retention (2026-11 said 90 days), and the fields it lists come from their table.
	 */
	static final String NOTICE_VERSION = "2026-12." + FormField.fingerprint();

	private SignupFlow() {
	}

	/**
	 * 報名: the workshops open now. One goes straight to its notice, several are offered,
	 * none is said plainly. Someone registered already sees their registration.
	 */
	static Turn start(Purpose purpose, Facts facts) {
		List<Workshop> open = facts.open();
		if (open.isEmpty()) {
			return Turn.end(Say.of("signup.noneOpen"));
		}
		if (open.size() == 1) {
			return chosen(Conversation.begin(purpose, null, new ReadingNotice(), facts.now()), open.get(0), facts);
		}
		List<String> ids = open.stream().map(Workshop::id).toList();
		Conversation choosing = Conversation.begin(purpose, null, new ChoosingWorkshop(ids), facts.now());
		return Turn.to(choosing, new Reply.Offer(ids));
	}

	/** Changes to a registration: its answers, shown as the summary. */
	static Turn edit(String workshopId, String registrationNo, Map<String, String> answers, Facts facts) {
		Conversation editing = Conversation.about(Purpose.EDIT, workshopId, registrationNo, answers, new Reviewing(),
				facts.now());
		Optional<Question> unanswered = firstUnanswered(editing, facts);
		return unanswered.isPresent() ? ask(editing, unanswered.get(), false, facts) : review(editing, facts);
	}

	/**
	 * 換人參加: the colleague's form, starting from the holder's office. The number and place
	 * stay; the colleague adds their own ID number after claiming.
	 */
	static Turn handOver(String workshopId, String registrationNo, String office, Facts facts) {
		Conversation handing = Conversation.about(Purpose.HAND_OVER, workshopId, registrationNo, officeOnly(office),
				new Answering(Question.NAME, false), facts.now());
		Turn asked = ask(handing, firstUnanswered(handing, facts).orElse(Question.NAME), false, facts);
		return Turn.to(asked.next(), prepend(Say.of("signup.handOver.start", registrationNo), asked.replies()));
	}

	/**
	 * A registration someone else entered, just claimed: the person reads the notice
	 * before anything else happens with their data.
	 */
	static Turn complete(String workshopId, String registrationNo, Map<String, String> answers, Facts facts) {
		Conversation completing = Conversation.about(Purpose.COMPLETE, workshopId, registrationNo, answers,
				new ReadingNotice(), facts.now());
		return Turn.to(completing, Say.of("signup.complete.intro", registrationNo), new Reply.Notice(workshopId));
	}

	static Turn next(Conversation conversation, Input input, Facts facts) {
		if (input.kind() == Kind.CANCEL) {
			return Turn.end(Say.of(cancelled(conversation.purpose())));
		}
		Optional<Workshop> workshop = facts.workshop(conversation.workshopId());
		if (workshop.isPresent() && !facts.allows(conversation.purpose(), workshop.get())) {
			return Turn.end(Say.of("signup.closed", workshop.get().title()));
		}
		Conversation current = conversation.at(conversation.step(), facts.now());
		if (input.kind() == Kind.HELP) {
			return Turn.to(current, prepend(new Reply.Help(current), prompt(current, facts)));
		}
		if (input.stepToken() != null && !input.stepToken().equals(current.step().token())) {
			return Turn.to(current, prepend(Say.of("signup.staleButton"), prompt(current, facts)));
		}
		Step step = current.step();
		if (step instanceof ChoosingWorkshop choosing) {
			return choosingWorkshop(current, choosing, input, facts);
		}
		if (step instanceof ReadingNotice) {
			return readingNotice(current, input, facts);
		}
		if (step instanceof Answering answering) {
			return answering(current, answering, input, facts);
		}
		return reviewing(current, input, facts);
	}

	private static String cancelled(Purpose purpose) {
		return switch (purpose) {
			case EDIT -> "signup.cancelledEdit";
			case COMPLETE -> "signup.complete.later";
			case HAND_OVER -> "signup.handOver.cancelled";
			case COLLEAGUE -> "signup.colleague.cancelled";
			default -> "signup.cancelled";
		};
	}

	private static Turn choosingWorkshop(Conversation conversation, ChoosingWorkshop choosing, Input input,
			Facts facts) {
		if (input.kind() == Kind.BACK) {
			return Turn.to(conversation, Say.of("signup.nothingEarlier"), new Reply.Offer(choosing.workshopIds()));
		}
		Optional<Workshop> named = facts.workshops()
			.values()
			.stream()
			.filter((workshop) -> workshop.id().equalsIgnoreCase(input.text()) || workshop.title().equals(input.text()))
			.findFirst();
		if (named.isPresent() && !facts.isOpen(named.get())) {
			return Turn.to(conversation, Say.of("signup.closed", named.get().title()),
					new Reply.Offer(choosing.workshopIds()));
		}
		if (named.isEmpty() || !choosing.workshopIds().contains(named.get().id())) {
			return Turn.to(conversation, Say.of("signup.chooseWorkshop"), new Reply.Offer(choosing.workshopIds()));
		}
		return chosen(conversation, named.get(), facts);
	}

	private static Turn chosen(Conversation conversation, Workshop workshop, Facts facts) {
		Facts.Mine mine = facts.registered().get(workshop.id());
		if (mine != null && conversation.purpose() == Purpose.SELF) {
			return Turn.end(new Reply.AlreadyRegistered(workshop.id(), mine.registrationNo()));
		}
		Conversation next = conversation.forWorkshop(workshop.id());
		if (conversation.purpose() == Purpose.COLLEAGUE) {
			// The seed's form takes two people of one office: start from the sender's.
			Conversation prefilled = next.withAnswers((mine != null) ? officeOnly(mine.office()) : Map.of());
			Turn asked = ask(prefilled, firstUnanswered(prefilled, facts).orElse(Question.NAME), false, facts);
			return Turn.to(asked.next(), prepend(Say.of("signup.colleague.start", workshop.title()), asked.replies()));
		}
		return Turn.to(next.at(new ReadingNotice(), facts.now()), new Reply.Notice(workshop.id()));
	}

	private static Turn readingNotice(Conversation conversation, Input input, Facts facts) {
		if (input.kind() == Kind.AGREE) {
			Conversation agreed = conversation.consented(facts.now(), NOTICE_VERSION);
			Optional<Question> unanswered = firstUnanswered(agreed, facts);
			return unanswered.isPresent() ? ask(agreed, unanswered.get(), false, facts) : review(agreed, facts);
		}
		if (input.kind() == Kind.DISAGREE && conversation.purpose() == Purpose.COMPLETE) {
			return new Turn(conversation, List.of(Say.of("signup.complete.declined", conversation.registrationNo())),
					Turn.Effect.DECLINE);
		}
		if (input.kind() == Kind.DISAGREE) {
			return Turn.end(Say.of("signup.declined"));
		}
		if (input.kind() == Kind.BACK) {
			List<String> open = facts.open().stream().map(Workshop::id).toList();
			if (open.size() > 1 && conversation.purpose() == Purpose.SELF) {
				return Turn.to(conversation.at(new ChoosingWorkshop(open), facts.now()), new Reply.Offer(open));
			}
			return Turn.to(conversation, Say.of("signup.nothingEarlier"), new Reply.Notice(conversation.workshopId()));
		}
		return Turn.to(conversation, Say.of("signup.notice.choose"), new Reply.Notice(conversation.workshopId()));
	}

	private static Turn answering(Conversation conversation, Answering answering, Input input, Facts facts) {
		Workshop workshop = facts.workshop(conversation.workshopId()).orElseThrow();
		Question question = answering.question();
		if (input.kind() == Kind.BACK) {
			return back(conversation, answering, facts);
		}
		if (input.kind() == Kind.CHANGE && answering.fromSummary() && input.change() != null) {
			return ask(conversation, input.change(), true, facts);
		}
		String value;
		try {
			value = Answers.accept(question, input.text(), workshop, facts.today(), conversation.answers());
		}
		catch (InvalidInput refusal) {
			return Turn.to(conversation, new Say(refusal.messageKey(), List.of(refusal.arguments())),
					new Ask(question, conversation));
		}
		Conversation answered = onlyAsked(conversation.answered(question, value), workshop);
		Optional<Question> unanswered = firstUnanswered(answered, facts);
		if (unanswered.isPresent()) {
			return ask(answered, unanswered.get(), answering.fromSummary(), facts);
		}
		return review(answered, facts);
	}

	private static Turn back(Conversation conversation, Answering answering, Facts facts) {
		if (answering.fromSummary()) {
			return review(conversation, facts);
		}
		List<Question> path = path(conversation, facts);
		int at = path.indexOf(answering.question());
		if (at > 0) {
			return ask(conversation, path.get(at - 1), false, facts);
		}
		if (conversation.purpose().forSomeoneElse()) {
			return Turn.to(conversation, Say.of("signup.nothingEarlier"), new Ask(answering.question(), conversation));
		}
		return Turn.to(conversation.at(new ReadingNotice(), facts.now()), new Reply.Notice(conversation.workshopId()));
	}

	private static Turn reviewing(Conversation conversation, Input input, Facts facts) {
		if (input.kind() == Kind.SUBMIT) {
			return new Turn(conversation, List.of(), Turn.Effect.SUBMIT);
		}
		if (input.kind() == Kind.CHANGE && input.change() != null
				&& path(conversation, facts).contains(input.change())) {
			return ask(conversation, input.change(), true, facts);
		}
		if (input.kind() == Kind.BACK) {
			List<Question> path = path(conversation, facts);
			return ask(conversation, path.get(path.size() - 1), false, facts);
		}
		return Turn.to(conversation, Say.of("signup.review.choose"), new Reply.Summary(conversation));
	}

	private static Turn ask(Conversation conversation, Question question, boolean fromSummary, Facts facts) {
		Conversation asking = conversation.at(new Answering(question, fromSummary), facts.now());
		return Turn.to(asking, new Ask(question, asking));
	}

	private static Turn review(Conversation conversation, Facts facts) {
		Conversation reviewing = conversation.at(new Reviewing(), facts.now());
		return Turn.to(reviewing, new Reply.Summary(reviewing));
	}

	/** The message that asks for what the current step waits for. */
	static List<Reply> prompt(Conversation conversation, Facts facts) {
		Step step = conversation.step();
		if (step instanceof ChoosingWorkshop choosing) {
			return List.of(new Reply.Offer(choosing.workshopIds()));
		}
		if (step instanceof ReadingNotice) {
			return List.of(new Reply.Notice(conversation.workshopId()));
		}
		if (step instanceof Answering answering) {
			return List.of(new Ask(answering.question(), conversation));
		}
		return List.of(new Reply.Summary(conversation));
	}

	/** The office answer alone (a unit under 「其他單位」 is recorded within it). */
	private static Map<String, String> officeOnly(String office) {
		return Map.of(Question.OFFICE.answerKey(), office);
	}

	private static Reply[] prepend(Reply first, List<Reply> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toArray(Reply[]::new);
	}

	static List<Question> path(Conversation conversation, Facts facts) {
		Workshop workshop = facts.workshop(conversation.workshopId()).orElseThrow();
		return Question.path(conversation.answers(), workshop, conversation.purpose().asksIdentity());
	}

	private static Optional<Question> firstUnanswered(Conversation conversation, Facts facts) {
		return path(conversation, facts).stream()
			.filter((question) -> !question.isAnsweredIn(conversation.answers()))
			.findFirst();
	}

	/**
	 * Drops answers no longer asked (an ID number after 不需要, a unit after another office
	 * was chosen): what is not needed is not kept. Where hours cannot be granted, 不需要 is
	 * the answer without asking.
	 */
	private static Conversation onlyAsked(Conversation conversation, Workshop workshop) {
		Map<String, String> answers = new LinkedHashMap<>(conversation.answers());
		if (!Question.hoursPossible(answers, workshop)) {
			answers.put(Question.LEARNING_HOURS.answerKey(), Question.NO);
		}
		List<Question> asked = Question.path(answers, workshop, conversation.purpose().asksIdentity());
		for (Question question : Question.ALL) {
			if (!asked.contains(question) && question != Question.LEARNING_HOURS && !question.isUnit()) {
				answers.remove(question.answerKey());
			}
		}
		return conversation.withAnswers(answers);
	}

}
