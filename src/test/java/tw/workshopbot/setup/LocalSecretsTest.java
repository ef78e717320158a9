package tw.workshopbot.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local mode makes the secrets nobody gave once, keeps them owner-only, and reuses them
 * after.
 */
class LocalSecretsTest {

	@Test
	void generatesMissingSecretsOnceAndKeepsThemInTheDataDirectory(@TempDir Path dataDir) throws Exception {
		Map<String, Object> first = new RuntimeEnvironment.LocalSecrets(dataDir, (name) -> null).resolve();
		Map<String, Object> second = new RuntimeEnvironment.LocalSecrets(dataDir, (name) -> null).resolve();

		assertThat(first.get(RuntimeEnvironment.GENERATED))
			.isEqualTo("ADMIN_TOKEN,LINE_CHANNEL_SECRET,DATA_ENCRYPTION_KEY");
		assertThat(second.get(RuntimeEnvironment.GENERATED)).isEqualTo("");
		assertThat(second.get("ADMIN_TOKEN")).isEqualTo(first.get("ADMIN_TOKEN"));
		assertThat(second.get("LINE_CHANNEL_SECRET")).isEqualTo(first.get("LINE_CHANNEL_SECRET"));
		Path keyFile = Path.of((String) first.get("DATA_ENCRYPTION_KEY_FILE"));
		assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(dataDir.resolve(RuntimeEnvironment.SECRETS_FILE))))
			.isEqualTo("rw-------");
	}

	@Test
	void neverReplacesWhatTheEnvironmentGives(@TempDir Path dataDir) {
		Map<String, String> env = Map.of("ADMIN_TOKEN", "given", "DATA_ENCRYPTION_KEY_FILE", "/run/secrets/key");

		Map<String, Object> resolved = new RuntimeEnvironment.LocalSecrets(dataDir, env::get).resolve();

		assertThat(resolved).doesNotContainKeys("ADMIN_TOKEN", "DATA_ENCRYPTION_KEY_FILE");
		assertThat(resolved.get(RuntimeEnvironment.GENERATED)).isEqualTo("LINE_CHANNEL_SECRET");
		assertThat(dataDir.resolve(RuntimeEnvironment.KEY_FILE)).doesNotExist();
	}

}
