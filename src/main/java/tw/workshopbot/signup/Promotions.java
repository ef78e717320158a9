package tw.workshopbot.signup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage.Text;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Messenger;
import tw.workshopbot.chat.People;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.workshop.Workshop;

/**
 * Tells those moved from the waitlist to a seat, whatever freed it (a cancellation, an
 * erasure, a refused notice).
 */
@Component
public class Promotions {

	private final Roster roster;

	private final Messenger messenger;

	private final People people;

	private final SignupTexts wording;

	private final Registrations registrations;

	Promotions(Roster roster, Messenger messenger, People people, SignupTexts wording, Registrations registrations) {
		this.roster = roster;
		this.messenger = messenger;
		this.people = people;
		this.wording = wording;
		this.registrations = registrations;
	}

	/**
	 * Seats the waitlist, in order, where the workshop now has room (a larger capacity),
	 * and tells each.
	 * @return the registration numbers seated
	 */
	public List<String> fillFreedSeats(Workshop workshop) {
		List<String> promoted = this.registrations.fillFreedSeats(workshop);
		tell(workshop, promoted);
		return promoted;
	}

	/** An audit entry's subject, with those seated by it: {@code W1 0001 → 0042,0043}. */
	public static String audited(String subject, List<String> promoted) {
		return subject + (promoted.isEmpty() ? "" : " → " + String.join(",", promoted));
	}

	/** Each person given a seat hears it once, however often the change is replayed. */
	public void tell(Workshop workshop, List<String> promoted) {
		BotTexts texts = this.wording.texts();
		for (String number : promoted) {
			this.roster.find(workshop.id(), number)
				.filter((registration) -> registration.lineUserId() != null)
				.ifPresent((registration) -> {
					Locale locale = this.people.languageOf(registration.lineUserId());
					UUID retryKey = UUID.nameUUIDFromBytes(
							("promoted:" + workshop.id() + ":" + number).getBytes(StandardCharsets.UTF_8));
					this.messenger.tell(registration.lineUserId(), List.of(new Text(
							texts.say(locale, "mine.promoted", number, workshop.title(), this.wording.time(workshop)))),
							retryKey);
				});
		}
	}

}
