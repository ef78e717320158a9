package tw.workshopbot.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing key into a start-up message an operator can act on, not a stack trace.
 */
class MissingEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingEncryptionKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingEncryptionKeyException cause) {
		return new FailureAnalysis(
				"REDIS_URL is set, so this is a shared deployment, but no data encryption key was given. "
						+ "National ID numbers and birth dates are never stored unencrypted, so the service will not start.",
				"Create a key with 'openssl rand -base64 32 > /run/secrets/data-key', then set "
						+ "DATA_ENCRYPTION_KEY_FILE=/run/secrets/data-key (or DATA_ENCRYPTION_KEY to the base64 text). "
						+ "Keep the key: data sealed with it cannot be read without it.",
				cause);
	}

}
