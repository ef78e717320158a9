package tw.workshopbot.form;

import java.util.Optional;

/**
 * What any one-line text must be before the bot stores it and shows it to others: a
 * roster cell, a button, a LINE message. Control characters (NUL, escape, the ones that
 * reorder text right to left and so disguise a name) and halves of a surrogate pair are
 * refused; invisible characters at either end are dropped, and a text of nothing else is
 * empty.
 */
public final class PlainText {

	/** What is wrong with a text. */
	public enum Flaw {

		/** A character that does not print (or that rearranges what prints). */
		UNPRINTABLE,
		/** Nothing a reader would see. */
		EMPTY

	}

	private PlainText() {
	}

	/** Without the zero-width and other invisible characters at its ends. */
	public static String trimmed(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && invisible(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && invisible(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end).strip();
	}

	/**
	 * @param lineBreaks whether line breaks are part of the text (an announcement), not
	 * flaws
	 */
	public static Optional<Flaw> flaw(String text, boolean lineBreaks) {
		if (text == null || trimmed(text).isEmpty()) {
			return Optional.of(Flaw.EMPTY);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c) || unprintable(c, lineBreaks)) {
				return Optional.of(Flaw.UNPRINTABLE);
			}
		}
		return Optional.empty();
	}

	private static boolean unprintable(char c, boolean lineBreaks) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return !lineBreaks;
		}
		return Character.getType(c) == Character.CONTROL || bidiControl(c);
	}

	/** U+202A–U+202E and U+2066–U+2069: embeddings, overrides and isolates. */
	private static boolean bidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	/**
	 * Format characters that show nothing alone (zero-width space, word joiner, byte
	 * order mark) and the soft hyphen. The zero-width joiner inside a text stays: emoji
	 * are built with it.
	 */
	private static boolean invisible(int codePoint) {
		return Character.getType(codePoint) == Character.FORMAT || Character.isWhitespace(codePoint)
				|| Character.isSpaceChar(codePoint);
	}

}
