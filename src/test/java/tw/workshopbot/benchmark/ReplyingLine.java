package tw.workshopbot.benchmark;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

import tw.workshopbot.support.LineWebhook;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * LINE as the chat benchmarks need it: WireMock answering replies, pushes, profiles and
 * the bot's info at once, with a listener that clocks each reply as it arrives, and the
 * webhook events a person's phone would cause, posted signed. Event bodies are made from
 * strings rather than through a JSON tree, so that the load JVM leaves the cores to the
 * service.
 */
final class ReplyingLine {

	private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

	private ReplyingLine() {
	}

	/**
	 * Clocks each reply as it reaches WireMock, before it is matched to a stub: the time
	 * that counts, without WireMock's own work.
	 */
	abstract static class ReplyClock implements ServeEventListener {

		@Override
		public String getName() {
			return "reply-clock";
		}

		@Override
		public void beforeMatch(ServeEvent event, Parameters parameters) {
			long now = System.nanoTime();
			if (event.getRequest().getUrl().startsWith("/v2/bot/message/push")) {
				pushed(now);
				return;
			}
			if (!event.getRequest().getUrl().startsWith("/v2/bot/message/reply")) {
				return;
			}
			String body = event.getRequest().getBodyAsString();
			Matcher token = REPLY_TOKEN.matcher(body);
			if (token.find()) {
				replied(token.group(1), body, now);
			}
		}

		/** A reply to the event with this reply token arrived at {@code nanos}. */
		abstract void replied(String replyToken, String body, long nanos);

		/** A push arrived: an answer sent without its reply token, or a delivery. */
		void pushed(long nanos) {
		}

	}

	static WireMockServer start(ReplyClock replyClock) {
		WireMockServer line = new WireMockServer(wireMockConfig().dynamicPort()
			.containerThreads(64)
			.disableRequestJournal()
			.gzipDisabled(true)
			.stubRequestLoggingDisabled(true)
			.extensions(replyClock));
		line.start();
		line.stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(okJson("{\"sentMessages\":[]}")));
		line.stubFor(post(urlPathEqualTo("/v2/bot/message/push")).willReturn(okJson("{\"sentMessages\":[]}")));
		line.stubFor(get(urlPathMatching("/v2/bot/profile/.+"))
			.willReturn(okJson("{\"userId\":\"U0\",\"displayName\":\"測試\",\"language\":\"zh-TW\"}")));
		line.stubFor(get(urlPathEqualTo("/v2/bot/info")).willReturn(okJson(
				"{\"userId\":\"Ubot\",\"basicId\":\"@123abcde\",\"displayName\":\"工作坊小幫手\",\"chatMode\":\"bot\",\"markAsReadMode\":\"auto\"}")));
		return line;
	}

	/**
	 * A webhook body with one event from the user, timestamped now.
	 * @param content the event's type and payload, e.g.
	 * {@code "type":"message","message":{…}}
	 */
	static String event(String userId, String replyToken, String content) {
		return "{\"destination\":\"" + LineWebhook.DESTINATION + "\",\"events\":[{" + content + ",\"webhookEventId\":\""
				+ UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT)
				+ "\",\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":" + System.currentTimeMillis()
				+ ",\"source\":{\"type\":\"user\",\"userId\":\"" + userId + "\"},\"replyToken\":\"" + replyToken
				+ "\",\"mode\":\"active\"}]}";
	}

	/** A typed text's event content (texts that need no escaping in JSON). */
	static String text(String text) {
		return "\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\""
				+ ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + "\",\"text\":\"" + text + "\"}";
	}

	/** Posts a signed webhook to the service; its HTTP status. */
	static int postWebhook(CloseableHttpClient client, int port, byte[] body) throws IOException {
		return client.execute(ClassicRequestBuilder.post(URI.create("http://127.0.0.1:" + port + "/callback"))
			.addHeader("x-line-signature", LineWebhook.sign(body))
			.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON))
			.build(), (response) -> {
				EntityUtils.consume(response.getEntity());
				return response.getCode();
			});
	}

}
