package tw.workshopbot.support;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import redis.embedded.core.ExecutableProvider;

import static org.awaitility.Awaitility.await;

/**
 * A second Redis server process of a test's own, which the test can freeze (SIGSTOP) and
 * let go on (SIGCONT): a Redis that holds its connections open and answers nothing, as
 * one stalled by a slow disk or a paused VM does, then answers everything it was sent. It
 * can also be killed (SIGKILL) and started again on its append-only file, which it fsyncs
 * at every write, as production's is configured to.
 */
public final class FreezableRedis implements AutoCloseable {

	private final int port;

	private final Path dir;

	private volatile Process process;

	private FreezableRedis(int port, Path dir) {
		this.port = port;
		this.dir = dir;
		this.process = launch();
	}

	public static FreezableRedis start() {
		return start(freePort());
	}

	/** A port nothing listens on yet: for a service started before its Redis. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static FreezableRedis start(int port) {
		try {
			return new FreezableRedis(port, Files.createTempDirectory("freezable-redis"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Process launch() {
		try {
			Process started = new ProcessBuilder(executable(), "--port", Integer.toString(this.port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir",
					this.dir.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dir.resolve("redis.log").toFile()))
				.start();
			await().atMost(Duration.ofSeconds(10)).until(() -> accepts(this.port));
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Gone at once, as after a crash: what it had not written to its file is lost. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Started again on the same port, from its append-only file. */
	public void restart() {
		this.process = launch();
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	public void freeze() {
		signal("-STOP");
	}

	public void thaw() {
		signal("-CONT");
	}

	@Override
	public void close() {
		thaw();
		this.process.destroyForcibly();
	}

	private void signal(String which) {
		try {
			int status = new ProcessBuilder("kill", which, Long.toString(this.process.pid())).start().waitFor();
			if (status != 0) {
				throw new IllegalStateException("kill " + which + " failed with " + status);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String executable() throws IOException {
		try {
			return ExecutableProvider.newExecutableInPath("redis-server").get().getAbsolutePath();
		}
		catch (FileNotFoundException ex) {
			return ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
