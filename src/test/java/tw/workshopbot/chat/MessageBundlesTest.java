package tw.workshopbot.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the bot says exists in Chinese and in English, with the same placeholders:
 * an English reader never meets a missing key, nor a Chinese one an untranslated text.
 */
class MessageBundlesTest {

	private final Properties chinese = load("/messages.properties");

	private final Properties english = load("/messages_en.properties");

	@Test
	void everyKeyExistsInBothLanguages() {
		assertThat(new TreeSet<>(this.english.stringPropertyNames()))
			.containsExactlyElementsOf(new TreeSet<>(this.chinese.stringPropertyNames()));
	}

	@Test
	void bothLanguagesUseTheSamePlaceholders() {
		for (String key : this.chinese.stringPropertyNames()) {
			int zh = new MessageFormat(this.chinese.getProperty(key)).getFormats().length;
			int en = new MessageFormat(this.english.getProperty(key, "")).getFormats().length;

			assertThat(en).as(key).isEqualTo(zh);
		}
	}

	@Test
	void chineseTextsAreWrittenInChineseNotLeftInEnglish() {
		for (String key : this.chinese.stringPropertyNames()) {
			if (key.startsWith("command.") || key.startsWith("form.field.youtube")
					|| key.startsWith("form.field.line")) {
				continue;
			}
			assertThat(this.chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
		}
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
