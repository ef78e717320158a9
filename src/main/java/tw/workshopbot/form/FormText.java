package tw.workshopbot.form;

import java.util.Optional;

/** Free text fields: required, and short enough for a roster cell. */
public final class FormText {

	public static final int MAX = 100;

	public static final int MAX_ADDRESS = 200;

	private FormText() {
	}

	public static String required(String typed, FormField label) {
		return required(typed, label, (label.kind() == FieldKind.LONG_TEXT) ? MAX_ADDRESS : MAX);
	}

	private static String required(String typed, FormField label, int max) {
		String value = Typed.normalized(typed).replaceAll("\\s+", " ");
		Optional<PlainText.Flaw> flaw = PlainText.flaw(value, false);
		if (flaw.isPresent()) {
			throw new InvalidInput((flaw.get() == PlainText.Flaw.EMPTY) ? "form.required" : "form.unprintable", label);
		}
		value = PlainText.trimmed(value);
		if (value.codePointCount(0, value.length()) > max) {
			throw new InvalidInput("form.tooLong", label, max);
		}
		return value;
	}

}
