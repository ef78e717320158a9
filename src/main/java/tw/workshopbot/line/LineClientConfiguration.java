package tw.workshopbot.line;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.parser.FixedSkipSignatureVerificationSupplier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LineClientConfiguration {

	/**
	 * The SDK client, without its default wire log (it prints whole bodies, personal data
	 * and the bearer token included) and with room for many concurrent calls.
	 */
	@Bean
	MessagingApiClient messagingApiClient(LineProperties line, ResentReplies resent) {
		return MessagingApiClient.builder(line.hasAccessToken() ? line.channelAccessToken() : "unset")
			.apiEndPoint(line.apiBaseUrl())
			.usingDefaultLogger(false)
			.maxRequests(Math.max(64, line.maxRequestsPerHost()))
			.maxRequestsPerHost(line.maxRequestsPerHost())
			.connectTimeout(line.connectTimeout())
			.readTimeout(line.readTimeout())
			.setEventListener(resent)
			.build();
	}

	@Bean
	ResentReplies resentReplies() {
		return new ResentReplies();
	}

	/** Content uploads (the rich menu's image) go to api-data.line.me. */
	@Bean
	MessagingApiBlobClient messagingApiBlobClient(LineProperties line) {
		return MessagingApiBlobClient.builder(line.hasAccessToken() ? line.channelAccessToken() : "unset")
			.apiEndPoint(line.apiDataBaseUrl())
			.usingDefaultLogger(false)
			.connectTimeout(line.connectTimeout())
			.readTimeout(line.readTimeout())
			.build();
	}

	/**
	 * Without a channel secret the webhook refuses every request before asking the
	 * validator (and the SDK rejects an empty key), so a random one keeps the service
	 * starting and saying what is missing.
	 */
	@Bean
	LineSignatureValidator lineSignatureValidator(LineProperties line) {
		byte[] secret = new byte[32];
		if (line.hasChannelSecret()) {
			secret = line.channelSecret().getBytes(StandardCharsets.US_ASCII);
		}
		else {
			new SecureRandom().nextBytes(secret);
		}
		return new LineSignatureValidator(secret);
	}

	/**
	 * The signature is verified before parsing (to tell 401 from 400), so the parser
	 * skips it.
	 */
	@Bean
	WebhookParser webhookParser(LineSignatureValidator validator) {
		return new WebhookParser(validator, FixedSkipSignatureVerificationSupplier.of(true));
	}

}
