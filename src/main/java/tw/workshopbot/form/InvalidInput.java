package tw.workshopbot.form;

import java.util.List;

/**
 * What a person typed, refused. It carries a message key and harmless arguments (a
 * field's label, a length), never the input itself: that may be an ID number, and
 * exceptions end up in logs.
 */
public final class InvalidInput extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final transient List<Object> arguments;

	public InvalidInput(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
