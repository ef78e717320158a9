package tw.workshopbot.setup;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server process on loopback with its data (AOF on) in a directory of ours.
 * It runs {@code redis-server} from the PATH when there is one, else the binary that
 * embedded-redis ships (Redis 6.2: the service uses no command newer than that).
 */
public final class RedisServerProcess {

	private static final Logger log = LoggerFactory.getLogger(RedisServerProcess.class);

	private final Path dataDir;

	private final int port;

	private final RedisServer server;

	private final String executable;

	private RedisServerProcess(Path dataDir, int port, boolean fsyncEveryWrite) {
		this.dataDir = dataDir.toAbsolutePath();
		this.port = port;
		try {
			Files.createDirectories(this.dataDir);
			ExecutableProvider provider;
			String name;
			try {
				provider = ExecutableProvider.newExecutableInPath("redis-server");
				name = "redis-server from PATH";
			}
			catch (FileNotFoundException ex) {
				provider = ExecutableProvider.newJarResourceProvider();
				name = "embedded-redis binary";
			}
			this.executable = name;
			this.server = RedisServer.newRedisServer()
				.executableProvider(provider)
				.bind("127.0.0.1")
				.port(port)
				.setting("dir " + this.dataDir)
				.setting("appendonly yes")
				.setting("appendfsync " + (fsyncEveryWrite ? "always" : "everysec"))
				.setting("save \"\"")
				.onShutdownForceStop(true)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare a Redis server in " + this.dataDir, ex);
		}
	}

	/**
	 * A server on a free port; {@code fsyncEveryWrite} trades speed for no loss on a hard
	 * kill.
	 */
	public static RedisServerProcess onFreePort(Path dataDir, boolean fsyncEveryWrite) {
		return new RedisServerProcess(dataDir, freePort(), fsyncEveryWrite);
	}

	public synchronized RedisServerProcess start() {
		try {
			if (!this.server.isActive()) {
				this.server.start();
				log.info("Redis ({}) listening on 127.0.0.1:{}, data in {}", this.executable, this.port, this.dataDir);
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Redis did not start on port " + this.port, ex);
		}
	}

	public synchronized void stop() {
		try {
			if (this.server.isActive()) {
				this.server.stop();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Redis did not stop", ex);
		}
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for Redis", ex);
		}
	}

}
