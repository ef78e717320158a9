package tw.workshopbot.simulator;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.workshopbot.support.LineWebhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's event stream opens at once, before anything happened: the page fetches what
 * it missed when the stream opens, so a stream that stayed "connecting" until the next
 * event lost the greeting that came between the page and its stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/line-stand-in-test",
				"LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET })
class ChatEventsTest {

	@LocalServerPort
	private int port;

	@Test
	void theEventStreamAnswersAtOnceWithNoEventYet() throws Exception {
		HttpResponse<InputStream> stream = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/simulator/events"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofInputStream())
			.get(5, TimeUnit.SECONDS);

		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		try (InputStream body = stream.body()) {
			byte[] first = new byte[64];
			int read = body.read(first);
			assertThat(new String(first, 0, read, StandardCharsets.UTF_8)).startsWith(":");
		}
	}

}
