package tw.workshopbot.line;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LINE's webhook. Checks run cheapest first and each refuses with a 4xx: size (read no
 * more than the limit), then the signature over the raw bytes, then parsing. Only then
 * are the events stored, and only then does LINE hear 200.
 * <p>
 * A plain servlet rather than a controller: the endpoint takes raw bytes and answers a
 * bare status, so MVC's mapping, argument and return-value handling would only spend the
 * time that lets it keep up with LINE's bursts (README: Speed).
 */
class CallbackServlet extends HttpServlet {

	private static final Logger log = LoggerFactory.getLogger(CallbackServlet.class);

	private final transient LineSignatureValidator signatures;

	private final transient WebhookParser parser;

	private final transient WebhookIntake intake;

	private final transient LineProperties properties;

	private final transient Clock clock;

	CallbackServlet(LineSignatureValidator signatures, WebhookParser parser, WebhookIntake intake,
			LineProperties properties, Clock clock) {
		this.signatures = signatures;
		this.parser = parser;
		this.intake = intake;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(statusFor(request));
		response.setContentLength(0);
	}

	private int statusFor(HttpServletRequest request) {
		int limit = this.properties.maxWebhookBytes();
		if (request.getContentLengthLong() > limit) {
			return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
		byte[] body;
		try {
			body = readAtMost(request.getInputStream(), limit);
		}
		catch (IOException ex) {
			return HttpServletResponse.SC_BAD_REQUEST;
		}
		if (body == null) {
			return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
		if (!signedByLine(body, request.getHeader(WebhookParser.SIGNATURE_HEADER_NAME))) {
			return HttpServletResponse.SC_UNAUTHORIZED;
		}
		CallbackRequest callback;
		try {
			callback = this.parser.handle("verified", body);
		}
		catch (WebhookParseException | IOException ex) {
			log.debug("Signed webhook body is not a LINE callback: {}", ex.getClass().getSimpleName());
			return HttpServletResponse.SC_BAD_REQUEST;
		}
		this.intake.accept(callback.events(), this.clock.instant());
		return HttpServletResponse.SC_OK;
	}

	private boolean signedByLine(byte[] body, String signature) {
		if (!this.properties.hasChannelSecret() || signature == null || signature.isBlank()) {
			return false;
		}
		try {
			return this.signatures.validateSignature(body, signature.trim());
		}
		catch (IllegalArgumentException ex) {
			return false; // not even Base64
		}
	}

	/** The body, or null when it is longer than the limit. */
	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		byte[] body = in.readNBytes(limit + 1);
		return body.length > limit ? null : body;
	}

}
