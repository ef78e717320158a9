package tw.workshopbot.support;

import java.nio.file.Path;
import java.util.UUID;

import tw.workshopbot.setup.RedisServerProcess;

/**
 * One real Redis server process for the whole test run, fsyncing every write so that a
 * test can stop and restart it without losing what the service acknowledged. REDIS_URL is
 * set as a system property before any Spring context starts, exactly as an operator would
 * set it.
 */
public final class TestRedis {

	private static final RedisServerProcess SERVER = RedisServerProcess
		.onFreePort(Path.of("target", "test-redis", UUID.randomUUID().toString()), true)
		.start();

	static {
		System.setProperty("REDIS_URL", SERVER.url());
	}

	private TestRedis() {
	}

	public static String url() {
		return SERVER.url();
	}

	public static void stop() {
		SERVER.stop();
	}

	public static void start() {
		SERVER.start();
	}

}
