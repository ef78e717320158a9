package tw.workshopbot.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * Every command the test Redis runs while it is open (Redis' own MONITOR, on a socket of
 * its own): what a request really costs, as the server saw it.
 */
public final class RedisMonitor implements AutoCloseable {

	private final Socket socket;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private RedisMonitor(Socket socket) {
		this.socket = socket;
	}

	public static RedisMonitor start() {
		URI url = URI.create(TestRedis.url());
		try {
			Socket socket = new Socket(url.getHost(), url.getPort());
			socket.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
			RedisMonitor monitor = new RedisMonitor(socket);
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			Thread listening = new Thread(() -> monitor.read(reader), "redis-monitor");
			listening.setDaemon(true);
			listening.start();
			await().atMost(Duration.ofSeconds(5)).until(() -> monitor.lines.contains("+OK"));
			return monitor;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(BufferedReader reader) {
		try {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// closed
		}
	}

	/** The commands seen so far, as MONITOR prints them. */
	public List<String> commands() {
		return this.lines.stream().filter((line) -> !line.equals("+OK")).toList();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
