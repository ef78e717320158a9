package tw.workshopbot.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataCipherTest {

	private static final String ID = "A123456789";

	@Test
	void sealsSoThatOnlyThisKeyAndPurposeOpenIt() {
		DataCipher cipher = cipher(newKey());

		String sealed = cipher.seal(ID, "registration.nationalId");

		assertThat(sealed).startsWith("gcm1." + cipher.currentKeyId() + ".").doesNotContain(ID);
		assertThat(cipher.openString(sealed, "registration.nationalId")).isEqualTo(ID);
		assertThatThrownBy(() -> cipher.openString(sealed, "inbox"))
			.isInstanceOf(DataCipher.UnreadableSealedValueException.class)
			.hasMessageNotContaining(ID);
	}

	@Test
	void sealsTheSameValueDifferentlyEachTime() {
		DataCipher cipher = cipher(newKey());

		assertThat(cipher.seal(ID, "p")).isNotEqualTo(cipher.seal(ID, "p"));
	}

	@Test
	void refusesATamperedValue() {
		DataCipher cipher = cipher(newKey());
		String sealed = cipher.seal(ID, "p");
		char last = sealed.charAt(sealed.length() - 3);
		String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
				+ sealed.substring(sealed.length() - 2);

		assertThatThrownBy(() -> cipher.open(tampered, "p"))
			.isInstanceOf(DataCipher.UnreadableSealedValueException.class);
	}

	@Test
	void opensWhatARetiredKeySealedAndSealsNewDataWithTheCurrentKey() {
		String oldKey = newKey();
		String newKey = newKey();
		DataCipher before = cipher(oldKey);
		String sealedBefore = before.seal(ID, "p");

		DataCipher after = new DataCipher(new EncryptionProperties(newKey, null, List.of(oldKey)));

		assertThat(after.openString(sealedBefore, "p")).isEqualTo(ID);
		assertThat(after.seal(ID, "p")).startsWith("gcm1." + after.currentKeyId() + ".");
		assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
		assertThatThrownBy(() -> cipher(newKey).open(sealedBefore, "p"))
			.isInstanceOf(DataCipher.UnreadableSealedValueException.class)
			.hasMessageContaining(before.currentKeyId());
	}

	@Test
	void readsTheKeyFromAFile(@TempDir Path dir) throws Exception {
		String key = newKey();
		Path file = dir.resolve("key");
		Files.writeString(file, key + "\n");

		DataCipher fromFile = new DataCipher(new EncryptionProperties(null, file, List.of()));

		assertThat(fromFile.currentKeyId()).isEqualTo(cipher(key).currentKeyId());
	}

	@Test
	void refusesToStartWithoutAKeyAndSaysWhatToDo() {
		assertThatThrownBy(() -> new DataCipher(new EncryptionProperties(null, null, List.of())))
			.isInstanceOf(MissingEncryptionKeyException.class)
			.hasMessageContaining("DATA_ENCRYPTION_KEY_FILE");
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatThrownBy(() -> cipher(shortKey)).hasMessageContaining("32 bytes");
	}

	private static DataCipher cipher(String key) {
		return new DataCipher(new EncryptionProperties(key, null, List.of()));
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
