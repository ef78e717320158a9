package tw.workshopbot.form;

import java.text.Normalizer;

/**
 * Phone keyboards type full-width letters and digits (Ａ１２３) and stray spaces: every value
 * is read through NFKC and trimmed first.
 */
final class Typed {

	private Typed() {
	}

	static String normalized(String typed) {
		return (typed == null) ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
	}

	/** Without the spaces, dashes, dots and brackets people put into numbers. */
	static String digitsAndPlus(String normalized) {
		return normalized.replaceAll("[\\s\\-.()]", "");
	}

}
