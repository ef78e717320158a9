package tw.workshopbot.line;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's webhook. Checks run cheapest first and each refuses with a 4xx: size (read no
 * more than the limit), then the signature over the raw bytes, then parsing. Only then
 * are the events stored, and only then does LINE hear 200.
 */
@RestController
class CallbackController {

	private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

	private final LineSignatureValidator signatures;

	private final WebhookParser parser;

	private final WebhookIntake intake;

	private final LineProperties properties;

	private final Clock clock;

	CallbackController(LineSignatureValidator signatures, WebhookParser parser, WebhookIntake intake,
			LineProperties properties, Clock clock) {
		this.signatures = signatures;
		this.parser = parser;
		this.intake = intake;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping("/callback")
	ResponseEntity<Void> callback(HttpServletRequest request) {
		int limit = this.properties.maxWebhookBytes();
		if (request.getContentLengthLong() > limit) {
			return status(HttpStatus.CONTENT_TOO_LARGE);
		}
		byte[] body;
		try {
			body = readAtMost(request.getInputStream(), limit);
		}
		catch (IOException ex) {
			return status(HttpStatus.BAD_REQUEST);
		}
		if (body == null) {
			return status(HttpStatus.CONTENT_TOO_LARGE);
		}
		if (!signedByLine(body, request.getHeader(WebhookParser.SIGNATURE_HEADER_NAME))) {
			return status(HttpStatus.UNAUTHORIZED);
		}
		CallbackRequest callback;
		try {
			callback = this.parser.handle("verified", body);
		}
		catch (WebhookParseException | IOException ex) {
			log.debug("Signed webhook body is not a LINE callback: {}", ex.getClass().getSimpleName());
			return status(HttpStatus.BAD_REQUEST);
		}
		this.intake.accept(callback.events(), this.clock.instant());
		return ResponseEntity.ok().build();
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

	private static ResponseEntity<Void> status(HttpStatus status) {
		return ResponseEntity.status(status).build();
	}

}
