package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Action;
import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Handled;
import tw.workshopbot.chat.Said;
import tw.workshopbot.registration.ApplicationForm;
import tw.workshopbot.registration.ApplicationForm.Reading;
import tw.workshopbot.registration.Consent;
import tw.workshopbot.registration.NewRegistration;
import tw.workshopbot.registration.Placement;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.registration.Registrations.HandOverResult;
import tw.workshopbot.registration.Registrations.Update;
import tw.workshopbot.registration.Registrations.Withdrawal;
import tw.workshopbot.registration.Status;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * 確認送出: makes the registration from the conversation's answers (or saves the changes to
 * one), and says what became of it. The conversation ends unless the person can fix what
 * was refused: what it returns is the conversation left open, if any.
 */
@Component
class Submission {

	private final Registrations registrations;

	private final SignupReplies replies;

	private final SignupTexts wording;

	private final BotTexts texts;

	private final ForwardToColleague forwarding;

	private final Promotions promotions;

	private final EntererNotice enterer;

	private final Roster roster;

	private final AppProperties app;

	Submission(Registrations registrations, SignupReplies replies, SignupTexts wording, ForwardToColleague forwarding,
			Promotions promotions, EntererNotice enterer, Roster roster, AppProperties app) {
		this.enterer = enterer;
		this.roster = roster;
		this.forwarding = forwarding;
		this.promotions = promotions;
		this.registrations = registrations;
		this.replies = replies;
		this.wording = wording;
		this.texts = wording.texts();
		this.app = app;
	}

	Handled<Conversation> submit(Said said, Conversation conversation, Facts facts) {
		Workshop workshop = facts.workshop(conversation.workshopId()).orElseThrow();
		Reading reading = ApplicationForm.read(conversation.answers(), workshop, facts.today(),
				conversation.purpose().asksIdentity());
		if (!reading.isValid()) {
			// The workshop changed while the person was answering: ask again what no
			// longer fits.
			ApplicationForm.Problem problem = reading.problems().get(0);
			return fixable(said, conversation, facts,
					new Reply.Say(problem.refusal().messageKey(), List.of(problem.refusal().arguments())));
		}
		switch (conversation.purpose()) {
			case EDIT, COMPLETE:
				return save(said, conversation, facts, workshop, reading);
			case HAND_OVER:
				return handOver(said, conversation, workshop, reading);
			default:
				break;
		}
		boolean own = conversation.purpose() == Purpose.SELF;
		NewRegistration row = own
				? new NewRegistration(reading.applicant(), said.userId(), Registration.SELF,
						new Consent(conversation.consentedAt(), conversation.noticeVersion()))
				: new NewRegistration(reading.applicant(), null, said.userId(), null);
		Placement placement = this.registrations.register(workshop, List.of(row),
				tw.workshopbot.registration.Channel.CHAT);
		if (placement instanceof Placement.Placed placed) {
			Placement.Seat seat = placed.seats().get(0);
			if (!own) {
				return Handled.done(this.forwarding.entered(workshop, seat, reading.applicant(), said.locale()));
			}
			return Handled.done(List.of(placed(workshop, seat.registrationNo(), seat.status(), said.locale())));
		}
		if (placement instanceof Placement.Duplicates duplicates) {
			Placement.Duplicate duplicate = duplicates.duplicates().get(0);
			if ("nationalId".equals(duplicate.field())) {
				return fixable(said, conversation, facts, Reply.Say.of("signup.idTaken", duplicate.existing()));
			}
			return Handled.done(List.of(this.replies.registered(workshop, duplicate.existing(), said.locale())));
		}
		String key = (placement instanceof Placement.Closed) ? "signup.closed" : "signup.noneOpen";
		return Handled.done(List.of(new Text(this.texts.say(said.locale(), key, workshop.title()))));
	}

	private Handled<Conversation> handOver(Said said, Conversation conversation, Workshop workshop, Reading reading) {
		HandOverResult result = this.registrations.handOver(workshop, conversation.registrationNo(),
				reading.applicant(), said.userId());
		if (result.outcome() != HandOverResult.Outcome.HANDED_OVER) {
			return Handled.done(List.of(new Text(this.texts.say(said.locale(), "signup.handOver.unavailable"))));
		}
		return Handled.done(this.forwarding.handedOver(workshop, conversation.registrationNo(), result.claimCode(),
				reading.applicant(), said.locale()));
	}

	/**
	 * 不同意 to a registration someone else entered: nothing of it is kept. The seat goes to
	 * the waitlist like any cancellation.
	 */
	void decline(Conversation conversation, Facts facts) {
		facts.workshop(conversation.workshopId()).ifPresent((workshop) -> {
			// Told before the erasure, while the name is still there to say whose it was.
			this.roster.find(workshop.id(), conversation.registrationNo())
				.ifPresent((registration) -> this.enterer.tell(workshop, registration, "declined"));
			Withdrawal withdrawal = this.registrations.erase(workshop, conversation.registrationNo());
			this.promotions.tell(workshop, withdrawal.promoted());
		});
	}

	private Handled<Conversation> save(Said said, Conversation conversation, Facts facts, Workshop workshop,
			Reading reading) {
		Update update = (conversation.purpose() == Purpose.COMPLETE)
				? this.registrations.complete(workshop, conversation.registrationNo(), reading.applicant(),
						new Consent(conversation.consentedAt(), conversation.noticeVersion()))
				: this.registrations.update(workshop, conversation.registrationNo(), reading.applicant());
		if (update == Update.NATIONAL_ID_TAKEN) {
			return fixable(said, conversation, facts, Reply.Say.of("signup.idTaken", "-"));
		}
		String key = (update == Update.UPDATED) ? "signup.saved" : "signup.editUnavailable";
		return Handled
			.done(List.of(new Text(this.texts.say(said.locale(), key, conversation.registrationNo(), workshop.title()),
					List.of(this.wording.command("myRegistrations", said.locale())))));
	}

	/** Back to the summary, the conversation kept, with what to fix. */
	private Handled<Conversation> fixable(Said said, Conversation conversation, Facts facts, Reply problem) {
		Conversation reviewing = conversation.at(new Step.Reviewing(), facts.now());
		return Handled.asking(reviewing.afterEvent(said.context().eventId()),
				this.replies.render(List.of(problem, new Reply.Summary(reviewing)), facts, said, null));
	}

	private BotMessage placed(Workshop workshop, String registrationNo, Status status, Locale locale) {
		String key = (status == Status.WAITLISTED) ? "signup.waitlisted" : "signup.registered";
		List<Choice> next = new ArrayList<>();
		calendarLink(workshop)
			.ifPresent((link) -> next.add(new Choice(this.texts.in(locale, "signup.calendar"), new Action.Open(link))));
		// The seed's form takes two people of one office.
		next.add(Choice.tapping(this.wording.commands().label("colleague", locale),
				Said.data(Map.of("colleague", workshop.id()))));
		next.add(this.wording.command("myRegistrations", locale));
		return new Text(this.texts.say(locale, key, registrationNo, workshop.title(), this.wording.time(workshop)),
				next);
	}

	/** The workshop's calendar file, when the service knows its public address. */
	Optional<String> calendarLink(Workshop workshop) {
		return this.app.publicRoot().map((root) -> root + "/api/workshops/" + workshop.id() + "/calendar.ics");
	}

}
