package tw.workshopbot.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before any bean exists, whether the simulator runs, and if so points the LINE
 * SDK at the stand-in on this service's own port: the SDK keeps only scheme://host:port
 * of its base URL, and the stand-in answers under LINE's own paths. A port of 0 (a test's
 * random port) is chosen here, because the SDK's client is built before the web server
 * has bound one.
 */
class SimulatorEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String ACTIVE = "simulator.active";

	/** What the bot's client sends the stand-in as its bearer token. */
	static final String LOCAL_TOKEN = "simulator-local-access-token";

	@Override
	public int getOrder() {
		// After the service's own (which reads REDIS_URL and the local secrets).
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!active(environment.getProperty("SIMULATOR"), environment.getProperty("REDIS_URL"),
				environment.getProperty("LINE_CHANNEL_ACCESS_TOKEN"))) {
			return;
		}
		String port = environment.getProperty("server.port", "8080");
		Map<String, Object> forced = new LinkedHashMap<>();
		if ("0".equals(port.strip())) {
			port = Integer.toString(freePort());
			forced.put("server.port", port);
		}
		String standIn = "http://127.0.0.1:" + port;
		forced.put(ACTIVE, "true");
		forced.put("line.api-base-url", standIn);
		forced.put("line.api-data-base-url", standIn);
		String token = environment.getProperty("LINE_CHANNEL_ACCESS_TOKEN");
		if (token == null || token.isBlank()) {
			// A real token, when SIMULATOR=true was set beside it, only ever reaches the
			// stand-in; without one, the stand-in's own.
			forced.put("line.channel-access-token", LOCAL_TOKEN);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("simulator", forced));
	}

	/**
	 * On with SIMULATOR=true; otherwise in local mode (no REDIS_URL) without an access
	 * token, and never when a real token is set without SIMULATOR=true.
	 */
	static boolean active(String simulator, String redisUrl, String accessToken) {
		if (simulator != null && !simulator.isBlank()) {
			return Boolean.parseBoolean(simulator.strip());
		}
		return isBlank(redisUrl) && isBlank(accessToken);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the simulator", ex);
		}
	}

}
