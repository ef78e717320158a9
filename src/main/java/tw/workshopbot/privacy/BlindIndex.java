package tw.workshopbot.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * A keyed fingerprint of a value that must be found again without being stored readable:
 * "has this ID number already signed up?". HMAC-SHA256 with a key derived from the data
 * key, so Redis alone (a dump, a replica) cannot test guesses, and the two keys never
 * serve each other's purpose.
 */
@Component
public class BlindIndex {

	private static final String ALGORITHM = "HmacSHA256";

	/** The derivation label; a new version means a new index, not a new meaning. */
	private static final byte[] LABEL = "workshop-bot blind index v1".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec key;

	public BlindIndex(DataCipher cipher) {
		this.key = new SecretKeySpec(hmac(cipher.currentKey().secret().getEncoded(), LABEL), ALGORITHM);
	}

	/**
	 * The fingerprint of an already normalized value (e.g. an upper-case ID number), per
	 * purpose so that equal values in different fields do not match.
	 */
	public String of(String purpose, String normalizedValue) {
		byte[] digest = hmac(this.key.getEncoded(),
				(purpose + "\u0000" + normalizedValue).getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

}
