package tw.workshopbot.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Seals values with AES-256-GCM. A sealed value reads
 * {@code gcm1.<key id>.<base64 of iv and
 * ciphertext>}; the purpose (for example {@code inbox}) is bound as associated data, so a
 * value copied to another field does not open there. Error messages never carry the
 * value.
 */
@Component
public class DataCipher {

	private static final String PREFIX = "gcm1";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Looking a cipher up costs more than sealing a short value; an instance is reused
	 * per thread.
	 */
	private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	});

	private final EncryptionKey current;

	private final Map<String, EncryptionKey> byId = new LinkedHashMap<>();

	public DataCipher(EncryptionProperties properties) {
		this.current = currentKey(properties);
		this.byId.put(this.current.id(), this.current);
		for (int i = 0; i < properties.retiredKeys().size(); i++) {
			if (properties.retiredKeys().get(i).isBlank()) {
				continue;
			}
			EncryptionKey retired = EncryptionKey.fromBase64(properties.retiredKeys().get(i),
					"DATA_ENCRYPTION_RETIRED_KEYS[" + i + "]");
			this.byId.putIfAbsent(retired.id(), retired);
		}
	}

	public String seal(String plaintext, String purpose) {
		return seal(plaintext.getBytes(StandardCharsets.UTF_8), purpose);
	}

	public String seal(byte[] plaintext, String purpose) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		try {
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.current.secret(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext);
			byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
			return PREFIX + "." + this.current.id() + "." + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public String openString(String sealed, String purpose) {
		return new String(open(sealed, purpose), StandardCharsets.UTF_8);
	}

	public byte[] open(String sealed, String purpose) {
		String[] parts = sealed.split("\\.", 3);
		if (parts.length != 3 || !PREFIX.equals(parts[0])) {
			throw new UnreadableSealedValueException("not a sealed value");
		}
		EncryptionKey key = this.byId.get(parts[1]);
		if (key == null) {
			throw new UnreadableSealedValueException("sealed with unknown key " + parts[1]);
		}
		try {
			byte[] in = Base64.getDecoder().decode(parts[2]);
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new UnreadableSealedValueException("sealed value does not open with key " + parts[1]);
		}
	}

	public String currentKeyId() {
		return this.current.id();
	}

	EncryptionKey currentKey() {
		return this.current;
	}

	private static EncryptionKey currentKey(EncryptionProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return EncryptionKey.fromBase64(properties.key(), "DATA_ENCRYPTION_KEY");
		}
		if (properties.keyFile() != null && !properties.keyFile().toString().isBlank()) {
			try {
				return EncryptionKey.fromBase64(Files.readString(properties.keyFile()),
						"DATA_ENCRYPTION_KEY_FILE (" + properties.keyFile() + ")");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read DATA_ENCRYPTION_KEY_FILE " + properties.keyFile(), ex);
			}
		}
		throw new MissingEncryptionKeyException();
	}

	/** A sealed value that this service cannot open: corrupt, or its key was removed. */
	public static class UnreadableSealedValueException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		UnreadableSealedValueException(String message) {
			super(message);
		}

	}

}
