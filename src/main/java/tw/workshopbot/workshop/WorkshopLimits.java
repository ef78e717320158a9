package tw.workshopbot.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tw.workshopbot.form.PlainText;

/**
 * The largest workshop the bot can carry. Every message it builds from a workshop (the
 * notice before sign-up, the office cards, the confirmation, the stream link, the
 * reminders, the calendar file) stays inside LINE's limits when each field is within
 * these: 5,000 characters a text, 40 a button, 300 a postback, 12 cards a carousel, 30 KB
 * a card. The README lists them; the catalog and the admin API both apply them.
 */
public final class WorkshopLimits {

	public static final int TITLE = 100;

	public static final int SERIES = 100;

	public static final int VENUE = 200;

	/** Ten office buttons to a card, twelve cards to a carousel: every office shown. */
	public static final int OFFICES = 120;

	/** An office's name is its button's label and travels in the button's postback. */
	public static final int OFFICE_NAME = 30;

	public static final int CONTACTS = 5;

	public static final int CONTACT_ROLE = 20;

	public static final int CONTACT_ORGANIZATION = 60;

	public static final int CONTACT_PERSON = 30;

	public static final int CONTACT_PHONE = 30;

	public static final int CONTACT_EMAIL = 100;

	/** Times fall in these years: a number of seconds or year 10000 is a typing slip. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2099;

	/** One session, from its start to its end: attendance is counted over it whole. */
	public static final Duration LONGEST = Duration.ofDays(31);

	private static final Instant EARLIEST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z").minus(Duration.ofHours(14));

	private static final Instant LATEST = Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z")
		.plus(Duration.ofHours(14));

	private WorkshopLimits() {
	}

	/** A field that breaks a limit, named as the API names it. */
	public record Problem(String field, String message) {
	}

	/**
	 * What breaks a limit among a workshop's texts, offices and contacts. The title's
	 * presence is the caller's to check: the catalog's and the API's rules differ there.
	 */
	public static List<Problem> ofTexts(String title, String series, String venue, List<Office> offices,
			List<Contact> contacts) {
		List<Problem> problems = new ArrayList<>();
		text(problems, "title", title, TITLE, true);
		text(problems, "series", series, SERIES, false);
		text(problems, "venue", venue, VENUE, false);
		offices(problems, (offices != null) ? offices : List.of());
		contacts(problems, (contacts != null) ? contacts : List.of());
		return problems;
	}

	/** Whether a time falls inside the years a workshop may use (in UTC). */
	public static boolean inRange(Instant time) {
		return time != null && !time.isBefore(EARLIEST) && time.isBefore(LATEST);
	}

	/** The message for a time out of range. */
	public static String rangeMessage() {
		return "an ISO-8601 date-time with offset (such as 2026-05-12T14:30:00+08:00), in the years " + FIRST_YEAR + "–"
				+ LAST_YEAR;
	}

	private static void offices(List<Problem> problems, List<Office> offices) {
		if (offices.size() > OFFICES) {
			problems.add(new Problem("offices", "at most " + OFFICES + ", not " + offices.size()));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < offices.size(); i++) {
			String field = "offices[" + i + "].name";
			if (offices.get(i) == null) {
				problems.add(new Problem(field, "required"));
				continue;
			}
			String name = offices.get(i).name();
			if (text(problems, field, name, OFFICE_NAME, true) && !names.add(name)) {
				problems.add(new Problem(field, "each office once: " + name + " is listed before"));
			}
		}
	}

	private static void contacts(List<Problem> problems, List<Contact> contacts) {
		if (contacts.size() > CONTACTS) {
			problems.add(new Problem("contacts", "at most " + CONTACTS + ", not " + contacts.size()));
		}
		for (int i = 0; i < contacts.size(); i++) {
			Contact contact = contacts.get(i);
			String field = "contacts[" + i + "].";
			if (contact == null || contact.organization() == null) {
				problems.add(new Problem(field + "organization", "required"));
				continue;
			}
			text(problems, field + "organization", contact.organization(), CONTACT_ORGANIZATION, true);
			text(problems, field + "role", contact.role(), CONTACT_ROLE, false);
			text(problems, field + "person", contact.person(), CONTACT_PERSON, false);
			text(problems, field + "phone", contact.phone(), CONTACT_PHONE, false);
			text(problems, field + "fax", contact.fax(), CONTACT_PHONE, false);
			text(problems, field + "email", contact.email(), CONTACT_EMAIL, false);
		}
	}

	/**
	 * A one-line text: printable and at most {@code max} characters; when required, with
	 * something a reader can see (a title of zero-width spaces is no title). Absent is
	 * the caller's to refuse.
	 * @return whether it passed
	 */
	private static boolean text(List<Problem> problems, String field, String value, int max, boolean required) {
		if (value == null) {
			return true;
		}
		PlainText.Flaw flaw = PlainText.flaw(value, false).orElse(null);
		if (flaw == PlainText.Flaw.EMPTY && required) {
			problems.add(new Problem(field, "required: something a reader can see"));
			return false;
		}
		if (flaw == PlainText.Flaw.UNPRINTABLE) {
			problems
				.add(new Problem(field, "control characters (NUL, line breaks, direction overrides) are not taken"));
			return false;
		}
		if (value.codePointCount(0, value.length()) > max) {
			problems.add(new Problem(field, "at most " + max + " characters"));
			return false;
		}
		return true;
	}

}
