package tw.workshopbot.privacy;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data key comes from. A key file is preferred in production (a secret in an
 * environment variable leaks through process listings and crash dumps).
 *
 * @param key DATA_ENCRYPTION_KEY: standard base64 of 32 bytes
 * @param keyFile DATA_ENCRYPTION_KEY_FILE: a file holding that base64 text
 * @param retiredKeys DATA_ENCRYPTION_RETIRED_KEYS: earlier keys, comma-separated, still
 * used to decrypt what they sealed; new data is always sealed with the current key
 */
@ConfigurationProperties("privacy.encryption")
public record EncryptionProperties(String key, Path keyFile, @DefaultValue List<String> retiredKeys) {
}
