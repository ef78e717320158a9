package tw.workshopbot.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Status;

/**
 * One page of a workshop's roster as the console shows it: a tab (confirmed, the waitlist
 * in its order, cancelled, checked in, not checked in), a search over name, number,
 * office and e-mail, 50 to a page. Nothing personal beyond what the roster table shows:
 * the ID number only masked.
 */
record RosterView(String tab, String query, int page, int pages, int found, Map<String, Integer> counts,
		List<Line> lines) {

	static final int PAGE_SIZE = 50;

	static final List<String> TABS = List.of("confirmed", "waitlisted", "cancelled", "checked-in", "not-checked-in");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/dd HH:mm");

	/** A roster row; {@code checkedInAt} already in the workshop's zone. */
	record Line(String registrationNo, String name, String office, String email, String status, boolean hours,
			String maskedId, String checkedInAt, boolean cancellable) {
	}

	/**
	 * @param checkIns when each registration checked in, by number
	 */
	static RosterView of(List<Registration> roster, Map<String, Instant> checkIns, String tab, String query, int page,
			ZoneId zone) {
		String shownTab = TABS.contains(tab) ? tab : TABS.get(0);
		String words = (query == null) ? "" : query.strip();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String each : TABS) {
			counts.put(each, (int) roster.stream().filter(inTab(each, checkIns)).count());
		}
		List<Registration> found = roster.stream()
			.filter(inTab(shownTab, checkIns))
			.filter(matching(words))
			.sorted(Comparator.comparing(Registration::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Registration::registrationNo))
			.toList();
		int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shownPage = Math.max(1, Math.min(page, pages));
		List<Line> lines = found.stream()
			.skip((long) (shownPage - 1) * PAGE_SIZE)
			.limit(PAGE_SIZE)
			.map((registration) -> line(registration, checkIns.get(registration.registrationNo()), zone))
			.toList();
		return new RosterView(shownTab, words, shownPage, pages, found.size(), counts, lines);
	}

	private static Predicate<Registration> inTab(String tab, Map<String, Instant> checkIns) {
		return switch (tab) {
			case "waitlisted" -> (registration) -> registration.status() == Status.WAITLISTED;
			case "cancelled" -> (registration) -> registration.status() == Status.CANCELLED;
			case "checked-in" -> (registration) -> registration.status() == Status.CONFIRMED
					&& checkIns.containsKey(registration.registrationNo());
			case "not-checked-in" -> (registration) -> registration.status() == Status.CONFIRMED
					&& !checkIns.containsKey(registration.registrationNo());
			default -> (registration) -> registration.status() == Status.CONFIRMED;
		};
	}

	private static Predicate<Registration> matching(String words) {
		if (words.isEmpty()) {
			return (registration) -> true;
		}
		String wanted = words.toLowerCase(Locale.ROOT);
		return (registration) -> contains(registration.registrationNo(), wanted) || contains(name(registration), wanted)
				|| contains(registration.office(), wanted)
				|| (registration.applicant() != null && registration.applicant().email() != null
						&& contains(registration.applicant().email().value(), wanted));
	}

	private static boolean contains(String value, String wanted) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
	}

	private static String name(Registration registration) {
		return (registration.applicant() != null) ? registration.applicant().name() : registration.name();
	}

	static Line line(Registration registration, Instant checkedInAt, ZoneId zone) {
		var applicant = registration.applicant();
		String email = (applicant != null && applicant.email() != null) ? applicant.email().value() : "";
		String maskedId = (applicant != null && applicant.nationalId() != null) ? applicant.nationalId().masked() : "";
		return new Line(registration.registrationNo(), (name(registration) != null) ? name(registration) : "—",
				(registration.office() != null) ? registration.office() : "", email, registration.status().stored(),
				registration.learningHours(), maskedId,
				(checkedInAt != null) ? SHOWN.format(checkedInAt.atZone(zone)) : "", registration.isActive());
	}

}
