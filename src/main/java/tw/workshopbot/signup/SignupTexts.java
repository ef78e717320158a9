package tw.workshopbot.signup;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage.Choice;
import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;
import tw.workshopbot.form.FieldKind;
import tw.workshopbot.form.FormField;
import tw.workshopbot.registration.Status;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Workshop;

/**
 * Wording shared by the sign-up features: workshop times in the service's zone, statuses,
 * contacts, and buttons that say a command.
 */
@Component
class SignupTexts {

	private final BotTexts texts;

	private final Commands commands;

	private final ZoneId zone;

	SignupTexts(BotTexts texts, Commands commands, AppProperties app) {
		this.texts = texts;
		this.commands = commands;
		this.zone = app.zone();
	}

	BotTexts texts() {
		return this.texts;
	}

	Commands commands() {
		return this.commands;
	}

	/** 2026/11/25 14:00–16:00 (Asia/Taipei). */
	String time(Workshop workshop) {
		return workshop.when(this.zone);
	}

	String status(Status status, Locale locale) {
		return this.texts.in(locale, "status." + status.name().toLowerCase(Locale.ROOT));
	}

	/** The organizer and executing unit, as the catalog names them. */
	String collectors(Workshop workshop, Locale locale) {
		if (workshop.contacts().isEmpty()) {
			return this.texts.in(locale, "signup.organizerUnknown");
		}
		return workshop.contacts()
			.stream()
			.map((contact) -> (contact.role() != null ? contact.role() + " " : "") + contact.organization())
			.collect(Collectors.joining("、"));
	}

	/**
	 * What the form collects, for the notice, from the form's own table: a field added
	 * there is named to people before they agree.
	 * @param identity the ID number and birth date (asked only with learning hours), or
	 * the rest
	 */
	String collected(boolean identity, Locale locale) {
		return Stream.of(FormField.values())
			.filter((field) -> field.isIdentity() == identity && field.kind() != FieldKind.HOURS)
			.map((field) -> this.texts.in(locale, field))
			.collect(Collectors.joining(separator(identity, locale)));
	}

	private static String separator(boolean identity, Locale locale) {
		if (BotTexts.isEnglish(locale)) {
			return identity ? " and " : ", ";
		}
		return identity ? "與" : "、";
	}

	/** Whom to ask, with phone and e-mail where the catalog has them. */
	String contacts(Workshop workshop, Locale locale) {
		if (workshop.contacts().isEmpty()) {
			return this.texts.in(locale, "signup.organizerUnknown");
		}
		return workshop.contacts().stream().map(SignupTexts::contactLine).collect(Collectors.joining("\n"));
	}

	private static String contactLine(Contact contact) {
		StringBuilder line = new StringBuilder(contact.organization());
		for (String part : new String[] { contact.person(), contact.phone(), contact.email() }) {
			if (part != null && !part.isBlank()) {
				line.append(" ").append(part);
			}
		}
		return line.toString();
	}

	/** A button that sends a command's word, as a postback in a 1:1 chat. */
	Choice command(String name, Locale locale, Map<String, String> extra) {
		String label = this.commands.label(name, locale);
		Map<String, String> data = new LinkedHashMap<>(extra);
		data.put("t", this.commands.label(name, BotTexts.ZH_TW));
		return Choice.tapping(label, Said.data(data));
	}

	Choice command(String name, Locale locale) {
		return command(name, locale, Map.of());
	}

	/**
	 * A button that answers the current step with {@code answer}, showing {@code label}.
	 */
	static Choice answer(String stepToken, String label, String answer) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("s", stepToken);
		data.put("t", answer);
		return Choice.tapping(label, Said.data(data));
	}

	List<Choice> navigation(Locale locale, String stepToken) {
		return List.of(command("back", locale, Map.of("s", stepToken)), command("cancel", locale));
	}

}
