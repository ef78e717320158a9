package tw.workshopbot.form;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals read naturally in both languages, with the field named in each. */
class FormMessagesTest {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	FormMessagesTest() {
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Test
	void namesTheMissingFieldInEachLanguage() {
		InvalidInput refused = new InvalidInput("form.required", FormField.NATIONAL_ID);

		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), Locale.TAIWAN))
			.isEqualTo("身分證字號不可空白，請填寫。");
		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
			.isEqualTo("ID number is required.");
	}

	@Test
	void everyFieldHasALabelInBothLanguages() {
		for (FormField label : FormField.values()) {
			String zh = this.messages.getMessage(label, Locale.TAIWAN);
			String en = this.messages.getMessage(label, Locale.ENGLISH);

			assertThat(zh).isNotBlank().isNotEqualTo(en);
		}
	}

}
