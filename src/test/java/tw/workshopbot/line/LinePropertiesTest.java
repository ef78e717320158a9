package tw.workshopbot.line;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinePropertiesTest {

	@Test
	void acceptsAnOriginWithAPort() {
		assertThatCode(() -> properties("http://127.0.0.1:8089")).doesNotThrowAnyException();
	}

	@Test
	void refusesABaseUrlWithAPathBecauseTheSdkWouldDropIt() {
		assertThatThrownBy(() -> properties("https://proxy.example/line")).hasMessageContaining("LINE_API_BASE_URL");
	}

	private static LineProperties properties(String base) {
		return new LineProperties("s", "t", URI.create(base), URI.create("https://api-data.line.me"), 64,
				Duration.ofSeconds(2), Duration.ofSeconds(10), 1024);
	}

}
