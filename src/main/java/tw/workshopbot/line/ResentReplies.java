package tw.workshopbot.line;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Notices when OkHttp, under the SDK, silently sends a reply request again after a
 * failure on a reused connection. The first send may have reached LINE and used the
 * token, so the "invalid reply token" the second one earns means delivered, not dead:
 * without this, the bot would push the same answer a second time.
 */
final class ResentReplies extends EventListener {

	static final String REPLY_PATH = "/v2/bot/message/reply";

	/** Tokens are taken out when their answer is decided; this bounds what is not. */
	private static final int MOST_REMEMBERED = 10_000;

	private final ObjectMapper json = new ObjectMapper();

	private final Set<String> resent = ConcurrentHashMap.newKeySet();

	/** Request sends of one call, kept as the call's own tag. */
	private static final class Sends {

		final AtomicInteger count = new AtomicInteger();

	}

	@Override
	public void requestHeadersStart(Call call) {
		call.tag(Sends.class, Sends::new).count.incrementAndGet();
	}

	@Override
	public void retryDecision(Call call, IOException exception, boolean retry) {
		Sends sends = call.tag(Sends.class);
		if (!retry || sends == null || sends.count.get() == 0
				|| !REPLY_PATH.equals(call.request().url().encodedPath())) {
			return;
		}
		String token = replyTokenOf(call.request().body());
		if (token != null) {
			if (this.resent.size() >= MOST_REMEMBERED) {
				this.resent.clear();
			}
			this.resent.add(token);
		}
	}

	/** Whether a request with this token was sent more than once; forgets it. */
	boolean wasResent(String replyToken) {
		return replyToken != null && this.resent.remove(replyToken);
	}

	private String replyTokenOf(RequestBody body) {
		if (body == null) {
			return null;
		}
		try (Buffer buffer = new Buffer()) {
			body.writeTo(buffer);
			JsonNode token = this.json.readTree(buffer.readByteArray()).get("replyToken");
			return token == null ? null : token.asText();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
