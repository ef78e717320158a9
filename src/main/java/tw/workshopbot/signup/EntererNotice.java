package tw.workshopbot.signup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.Messenger;
import tw.workshopbot.chat.People;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.workshop.Workshop;

/**
 * Tells whoever entered a colleague's form (or handed a registration over) what the
 * colleague did with it: claimed it, or refused the notice. Once per outcome, however
 * often the event is replayed.
 */
@Component
class EntererNotice {

	private final Messenger messenger;

	private final People people;

	private final SignupTexts wording;

	EntererNotice(Messenger messenger, People people, SignupTexts wording) {
		this.messenger = messenger;
		this.people = people;
		this.wording = wording;
	}

	/**
	 * @param outcome {@code claimed} or {@code declined}
	 */
	void tell(Workshop workshop, Registration registration, String outcome) {
		if (!registration.enteredForSomeoneElse()) {
			return;
		}
		String enterer = registration.enteredBy();
		Locale locale = this.people.languageOf(enterer);
		String name = (registration.applicant() != null) ? registration.applicant().name() : "";
		UUID retryKey = UUID.nameUUIDFromBytes(
				(outcome + ":" + workshop.id() + ":" + registration.registrationNo() + ":" + registration.createdAt())
					.getBytes(StandardCharsets.UTF_8));
		this.messenger.tell(enterer,
				List.of(new Text(this.wording.texts()
					.say(locale, "signup.enterer." + outcome, name, registration.registrationNo(), workshop.title()))),
				retryKey);
	}

}
