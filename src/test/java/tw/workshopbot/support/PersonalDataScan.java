package tw.workshopbot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the integration tests: no test ID number or birth date appears in plaintext in
 * any Redis key or value, nor in the log the service wrote (tests log the service at
 * DEBUG to target/).
 */
public final class PersonalDataScan {

	/** Valid checksums (the scan must also catch what the service would accept). */
	public static final List<String> NATIONAL_IDS = List.of("A123456789", "F231212145");

	public static final List<String> BIRTH_DATES = List.of("1985-03-14", "74/03/14");

	public static final Path CAPTURED_LOG = Path.of("target", "test-logs", "service.log");

	private PersonalDataScan() {
	}

	public static void assertNothingInPlaintext() {
		assertNothingInPlaintext(RawRedis.everyKeyAndValue());
	}

	/** Of a Redis other than the tests' own. */
	public static void assertNothingInPlaintext(String redisUrl) {
		assertNothingInPlaintext(RawRedis.everyKeyAndValue(redisUrl));
	}

	private static void assertNothingInPlaintext(List<String> stored) {
		for (String secret : secrets()) {
			assertThat(stored).as("Redis holds a plaintext test ID or birth date")
				.noneMatch((v) -> v != null && v.contains(secret));
		}
		String log = capturedLog();
		for (String secret : secrets()) {
			assertThat(log).as("the service's log").doesNotContain(secret);
		}
	}

	private static List<String> secrets() {
		return java.util.stream.Stream.concat(NATIONAL_IDS.stream(), BIRTH_DATES.stream()).toList();
	}

	private static String capturedLog() {
		try {
			return Files.exists(CAPTURED_LOG) ? Files.readString(CAPTURED_LOG) : "";
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + CAPTURED_LOG, ex);
		}
	}

}
