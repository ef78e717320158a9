package tw.workshopbot.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.BotMessage.Card;
import tw.workshopbot.chat.BotMessage.Cards;
import tw.workshopbot.chat.BotMessage.Row;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.workshop.Workshop;

/** A stored registration shown to its person, the way the summary showed the answers. */
@Component
class RegistrationView {

	private final SignupReplies replies;

	private final SignupTexts wording;

	private final BotTexts texts;

	RegistrationView(SignupReplies replies, SignupTexts wording) {
		this.replies = replies;
		this.wording = wording;
		this.texts = wording.texts();
	}

	/**
	 * 查看, from 我的報名: the registration as stored, the ID number and birth date masked
	 * (this message may be read over a shoulder long after).
	 */
	BotMessage of(Workshop workshop, Registration registration, Locale locale) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(this.texts.in(locale, "signup.summary.workshop"), workshop.title(), null));
		rows.add(new Row(this.texts.in(locale, "mine.numberLabel"), registration.registrationNo(), null));
		rows.add(new Row(this.texts.in(locale, "status.title"), this.wording.status(registration.status(), locale),
				null));
		Map<String, String> answers = Answers.of(registration.applicant());
		for (Question question : Question.path(answers, workshop, true)) {
			String answer = answers.get(question.answerKey());
			String shown = (answer != null) ? this.replies.shown(question, answer, locale)
					: this.texts.in(locale, "mine.pending");
			if (!question.isUnit()) {
				rows.add(new Row(this.replies.label(question, locale), shown, null));
			}
		}
		if (registration.handOver() != null && registration.handOver().fromName() != null) {
			rows.add(new Row(this.texts.in(locale, "mine.handOver"),
					this.texts.in(locale, "mine.handedOver", registration.handOver().fromName()), null));
		}
		return new Cards(this.texts.say(locale, "mine.details.alt", registration.registrationNo()),
				List.of(new Card(workshop.title(), List.of(), rows, List.of())),
				List.of(this.wording.command("myRegistrations", locale)));
	}

}
