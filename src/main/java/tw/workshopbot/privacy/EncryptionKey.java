package tw.workshopbot.privacy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key and its id. The id is derived from the key itself, so operators rotate
 * by configuration alone: no id to invent, and a sealed value names the key that opens
 * it.
 */
record EncryptionKey(String id, SecretKey secret) {

	static final int LENGTH = 32;

	static EncryptionKey fromBase64(String base64, String origin) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(origin + " is not standard base64");
		}
		if (bytes.length != LENGTH) {
			throw new IllegalStateException(origin + " must decode to 32 bytes, not " + bytes.length);
		}
		return new EncryptionKey(idOf(bytes), new SecretKeySpec(bytes, "AES"));
	}

	private static String idOf(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	@Override
	public String toString() {
		return "EncryptionKey[" + this.id + "]";
	}

}
