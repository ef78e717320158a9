package tw.workshopbot.chat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command words, as the bundles give them, and what follows them: matched exactly, so
 * that an answer that only starts like a command stays an answer.
 */
class CommandsTest {

	private final Commands commands = new Commands(new BotTexts(bundles()));

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void aCommandIsOneOfItsWordsInEitherLanguageWhateverTheCase() {
		assertThat(this.commands.is("signup", "報名")).isTrue();
		assertThat(this.commands.is("signup", "Sign Up")).isTrue();
		assertThat(this.commands.is("signup", "報名表")).isFalse();
	}

	@Test
	void chineseNeedsNoSpaceBeforeTheArgumentAndEnglishDoes() {
		assertThat(this.commands.argument("claim", "認領ABC234")).contains("ABC234");
		assertThat(this.commands.argument("claim", "認領：ABC234")).contains("ABC234");
		assertThat(this.commands.argument("claim", "claim ABC234")).contains("ABC234");
		assertThat(this.commands.argument("claim", "claims department")).isEmpty();
	}

	@Test
	void theLongestWordIsTheCommandsWord() {
		assertThat(this.commands.argument("bind", "綁定群組")).contains("");
		assertThat(this.commands.argument("bind", "綁定 123456")).contains("123456");
	}

	@Test
	void aTextNotStartingWithAWordHasNoArgument() {
		assertThat(this.commands.argument("organizer", "我是管理員 1234")).isEqualTo(Optional.empty());
	}

}
