package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Row;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.People;
import tw.workshopbot.chat.Said;
import tw.workshopbot.form.FieldKind;
import tw.workshopbot.form.FormField;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;

/**
 * Turns the conversation's replies into messages in the person's language: questions end
 * with the field's label alone, choices are postback buttons (the expected answer first),
 * and only the last message carries quick replies.
 */
@Component
class SignupReplies {

	private static final int OFFICES_PER_CARD = 10;

	private final SignupTexts wording;

	private final BotTexts texts;

	private final People people;

	private final Roster roster;

	SignupReplies(SignupTexts wording, People people, Roster roster) {
		this.wording = wording;
		this.texts = wording.texts();
		this.people = people;
		this.roster = roster;
	}

	List<BotMessage> render(List<Reply> replies, Facts facts, Said said, String refused) {
		List<BotMessage> messages = new ArrayList<>();
		for (Reply reply : replies) {
			messages.addAll(render(reply, facts, said, refused));
		}
		return messages;
	}

	private List<BotMessage> render(Reply reply, Facts facts, Said said, String refused) {
		Locale locale = said.locale();
		if (reply instanceof Reply.Say say) {
			return List.of(new Text(this.texts.say(locale, say.key(), say.args().toArray())));
		}
		if (reply instanceof Reply.Ask ask) {
			return ask(ask, facts, said, refused);
		}
		if (reply instanceof Reply.Notice notice) {
			return List.of(notice(facts.workshop(notice.workshopId()).orElseThrow(), locale));
		}
		if (reply instanceof Reply.Offer offer) {
			return List.of(offer(offer, facts, locale));
		}
		if (reply instanceof Reply.Summary summary) {
			return List.of(summary(summary.conversation(), facts, locale));
		}
		if (reply instanceof Reply.Help help) {
			return List.of(help(help.conversation(), facts, locale));
		}
		Reply.AlreadyRegistered already = (Reply.AlreadyRegistered) reply;
		return List
			.of(registered(facts.workshop(already.workshopId()).orElseThrow(), already.registrationNo(), locale));
	}

	private List<BotMessage> ask(Reply.Ask ask, Facts facts, Said said, String refused) {
		Locale locale = said.locale();
		Question question = ask.question();
		Conversation conversation = ask.conversation();
		Workshop workshop = facts.workshop(conversation.workshopId()).orElseThrow();
		String token = conversation.step().token();
		StringBuilder text = new StringBuilder();
		if (conversation.purpose().forSomeoneElse()) {
			text.append(this.texts.in(locale, "signup.forColleague")).append('\n');
		}
		text.append(this.texts.in(locale, asked(question)));
		text.append('\n').append(this.texts.in(BotTexts.other(locale), asked(question)));
		String current = conversation.answers().get(question.answerKey());
		if (current != null && !question.isUnit()) {
			text.append('\n').append(this.texts.in(locale, "signup.current", shown(question, current, locale)));
		}
		text.append('\n').append(label(question, locale));
		List<Choice> choices = new ArrayList<>(answerButtons(question, token, locale, said, conversation.purpose()));
		choices.addAll(this.wording.navigation(locale, token));
		List<BotMessage> messages = new ArrayList<>();
		if (question == Question.OFFICE) {
			messages.add(offices(workshop, token, locale, refused));
		}
		messages.add(new Text(text.toString(), choices));
		return messages;
	}

	/**
	 * The question's own text ({@code signup.ask.<field>}), or, for a field without one,
	 * 「請輸入您的{label}。」.
	 */
	private static MessageSourceResolvable asked(Question question) {
		String name = question.isUnit() ? "unit" : question.field().field();
		return new DefaultMessageSourceResolvable(new String[] { "signup.ask." + name, "signup.ask.field" },
				new Object[] { question.field() });
	}

	String label(Question question, Locale locale) {
		return question.isUnit() ? this.texts.in(locale, "signup.label.unit") : this.texts.in(locale, question.field());
	}

	private List<Choice> answerButtons(Question question, String token, Locale locale, Said said, Purpose purpose) {
		if (question.field() == FormField.LINE_ID) {
			// The sender's own LINE name, never offered as a colleague's.
			return purpose.forSomeoneElse() ? List.<Choice>of()
					: this.people.displayNameOf(said.userId())
						.map((name) -> List.of(SignupTexts.answer(token, name, name)))
						.orElse(List.of());
		}
		return switch (question.field().kind()) {
			case HOURS -> List.of(SignupTexts.answer(token, this.texts.in(locale, "button.need"), "需要"),
					SignupTexts.answer(token, this.texts.in(locale, "button.noNeed"), "不需要"));
			case GENDER -> List.of(SignupTexts.answer(token, this.texts.in(locale, "button.male"), "男"),
					SignupTexts.answer(token, this.texts.in(locale, "button.female"), "女"));
			default -> List.of();
		};
	}

	/**
	 * The answer as the person sees it. Identity data is masked even in their own chat,
	 * as everywhere but the learning-hours export (查看 and the roster show the same): a
	 * chat is read over shoulders and stays on the phone.
	 */
	String shown(Question question, String answer, Locale locale) {
		FieldKind kind = question.field().kind();
		if (kind == FieldKind.HOURS) {
			return this.texts.in(locale, Question.YES.equals(answer) ? "button.need" : "button.noNeed");
		}
		return question.field().isIdentity() ? kind.shown(answer) : answer;
	}

	/**
	 * Every office as a button, ten to a card. After a refused answer, the offices that
	 * share most characters with what was typed come first.
	 */
	private BotMessage offices(Workshop workshop, String token, Locale locale, String refused) {
		List<Office> offices = new ArrayList<>(workshop.offices());
		if (refused != null && !refused.isBlank()) {
			offices.sort(Comparator.comparingInt((Office office) -> -shared(office.name(), refused)));
		}
		List<Card> cards = new ArrayList<>();
		int pages = (offices.size() + OFFICES_PER_CARD - 1) / OFFICES_PER_CARD;
		for (int page = 0; page < pages && page < 12; page++) {
			List<Choice> buttons = offices
				.subList(page * OFFICES_PER_CARD, Math.min(offices.size(), (page + 1) * OFFICES_PER_CARD))
				.stream()
				.map((office) -> SignupTexts.answer(token, office.name(), office.name()))
				.toList();
			cards.add(new Card(this.texts.in(locale, "signup.offices.title", (page + 1) + "/" + pages), List.of(),
					List.of(), buttons));
		}
		return new Cards(this.texts.say(locale, "signup.offices.alt"), cards, List.of());
	}

	private static int shared(String name, String typed) {
		return (int) typed.codePoints().distinct().filter((point) -> name.indexOf(point) >= 0).count();
	}

	private BotMessage notice(Workshop workshop, Locale locale) {
		String text = this.texts.in(locale, "signup.notice", workshop.title(),
				this.wording.collectors(workshop, locale), workshop.personalDataRetentionDays(),
				this.wording.collected(false, locale), this.wording.collected(true, locale));
		String token = new Step.ReadingNotice().token();
		return new Text(text, List.of(this.wording.command("agree", locale, Map.of("s", token)),
				this.wording.command("disagree", locale, Map.of("s", token))));
	}

	private BotMessage offer(Reply.Offer offer, Facts facts, Locale locale) {
		List<Workshop> workshops = offer.workshopIds()
			.stream()
			.map(facts::workshop)
			.flatMap(java.util.Optional::stream)
			.limit(12)
			.toList();
		List<Card> cards = workshops.stream()
			.map((workshop) -> new Card(workshop.title(), List.of(this.wording.time(workshop)), List.of(),
					List.of(SignupTexts.answer("workshop", this.texts.in(locale, "signup.offer.button"),
							workshop.id()))))
			.toList();
		String titles = workshops.stream().map(Workshop::title).collect(Collectors.joining("、"));
		return new Cards(this.texts.in(locale, "signup.offer.alt", titles), cards,
				List.of(this.wording.command("cancel", locale)));
	}

	private BotMessage summary(Conversation conversation, Facts facts, Locale locale) {
		Workshop workshop = facts.workshop(conversation.workshopId()).orElseThrow();
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(this.texts.in(locale, "signup.summary.workshop"), workshop.title(), null));
		for (Question question : SignupFlow.path(conversation, facts)) {
			String answer = conversation.answers().get(question.answerKey());
			if (question.isUnit() || answer == null) {
				continue;
			}
			Map<String, String> change = new LinkedHashMap<>();
			change.put("s", "review");
			change.put("change", question.token());
			rows.add(new Row(label(question, locale), shown(question, answer, locale),
					new Choice(this.texts.in(locale, "signup.summary.change"),
							new BotMessage.Action.Postback(Said.data(change),
									this.texts.in(locale, "signup.summary.change") + " " + label(question, locale)))));
		}
		List<Choice> buttons = new ArrayList<>();
		buttons.add(this.wording.command("submit", locale, Map.of("s", "review")));
		buttons.add(this.wording.command("cancel", locale));
		if (conversation.purpose() == Purpose.EDIT) {
			buttons.set(0, new Choice(this.texts.in(locale, "signup.summary.save"),
					((BotMessage.Choice) buttons.get(0)).action()));
		}
		String title = this.texts.in(locale, "signup.summary.title");
		if (conversation.purpose().forSomeoneElse()) {
			title = this.texts.in(locale, "signup.forColleague") + title;
		}
		return new Cards(this.texts.say(locale, "signup.summary.alt"),
				List.of(new Card(title, List.of(), rows, buttons)), List.of());
	}

	private BotMessage help(Conversation conversation, Facts facts, Locale locale) {
		String step = conversation.step().token().startsWith("q.") ? "question" : conversation.step().token();
		StringBuilder text = new StringBuilder(this.texts.say(locale, "signup.help." + step));
		facts.workshop(conversation.workshopId())
			.ifPresent((workshop) -> text.append("\n\n")
				.append(this.texts.in(locale, "signup.help.contact", this.wording.contacts(workshop, locale))));
		return new Text(text.toString());
	}

	/** Someone registered already: their registration, and a way to change it. */
	BotMessage registered(Workshop workshop, String registrationNo, Locale locale) {
		Registration registration = this.roster.find(workshop.id(), registrationNo).orElseThrow();
		Map<String, String> edit = new LinkedHashMap<>();
		edit.put("edit", workshop.id());
		String changeLabel = this.texts.in(locale, "signup.already.change");
		return new Text(
				this.texts.say(locale, "signup.already", registrationNo, workshop.title(), this.wording.time(workshop),
						this.wording.status(registration.status(), locale)),
				List.of(Choice.tapping(changeLabel, Said.data(edit)), this.wording.command("myRegistrations", locale)));
	}

}
