package tw.workshopbot.workshop;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of a workshop's offices a person means. Staff write their office as they say it:
 * 西屯區公所, 西屯區 or just 西屯; an advisory team picks 「其他單位」 and names its unit
 * ({@code 其他單位：西屯區社造顧問團}).
 *
 * @param office the workshop's office chosen
 * @param unit the unit's own name when the office is the 「其他單位」 choice, else null
 */
public record OfficeChoice(Office office, String unit) {

	/** What staff leave off an office's name when they type it. */
	private static final Pattern SUFFIX = Pattern.compile("(區公所|鎮公所|鄉公所|市公所|公所|區|鎮|鄉|市)$");

	/** Between 「其他單位」 and the unit's name. */
	private static final Pattern UNIT_SEPARATOR = Pattern.compile("^[\\s:：\\-－(（]+|[)）\\s]+$");

	public OfficeChoice {
		if (office.other() == (unit == null)) {
			throw new IllegalArgumentException("A unit name goes with the 其他單位 choice, and only with it");
		}
	}

	/** As the roster records it: the office's name, or 「其他單位：」 and the unit's. */
	public String recorded() {
		return (this.unit != null) ? this.office.name() + "：" + this.unit : this.office.name();
	}

	/** Whether civil-servant learning hours can be requested through this office. */
	public boolean earnsLearningHours() {
		return !this.office.other();
	}

	/**
	 * The office meant by what was typed: the full name, or its short form when only one
	 * office has it; empty when nothing matches (or 「其他單位」 comes without a unit name).
	 */
	public static Optional<OfficeChoice> match(List<Office> offices, String typed) {
		String value = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		for (Office office : offices) {
			if (office.other() && value.startsWith(office.name())) {
				String unit = UNIT_SEPARATOR.matcher(value.substring(office.name().length())).replaceAll("");
				return unit.isEmpty() ? Optional.empty() : Optional.of(new OfficeChoice(office, unit));
			}
		}
		List<Office> listed = offices.stream().filter((office) -> !office.other()).toList();
		Optional<Office> exact = listed.stream().filter((office) -> office.name().equals(value)).findFirst();
		if (exact.isPresent()) {
			return exact.map((office) -> new OfficeChoice(office, null));
		}
		String shortForm = shortForm(value);
		List<Office> bySuffixlessName = listed.stream()
			.filter((office) -> !shortForm.isEmpty() && shortForm(office.name()).equals(shortForm))
			.toList();
		return (bySuffixlessName.size() == 1) ? Optional.of(new OfficeChoice(bySuffixlessName.get(0), null))
				: Optional.empty();
	}

	/** 西屯區公所 → 西屯; 金湖鎮公所 → 金湖. */
	static String shortForm(String name) {
		String stripped = name;
		String previous;
		do {
			previous = stripped;
			stripped = SUFFIX.matcher(stripped).replaceAll("");
		}
		while (!stripped.equals(previous) && !stripped.isEmpty());
		return stripped.isEmpty() ? name : stripped;
	}

}
