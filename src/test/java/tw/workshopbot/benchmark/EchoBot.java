package tw.workshopbot.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import tw.workshopbot.support.LineWebhook;

/**
 * LINE's echo-bot sample on {@code @line/bot-sdk}, the flood benchmark's yardstick: the
 * SDK, Express and Node 22 (npm's {@code node} package) installed by name from the npm
 * registry into {@code target/echo-bot}, and the sample's logic in
 * {@code src/test/resources/benchmark/echo-bot.mjs}.
 */
final class EchoBot {

	static final List<String> PACKAGES = List.of("node@22", "@line/bot-sdk@11.2.0", "express@5");

	private EchoBot() {
	}

	/** Installed once; false (and why, printed) when npm is not on this machine. */
	static boolean install(Path dir) throws IOException, InterruptedException {
		Path node = node(dir);
		if (!Files.isExecutable(node)) {
			List<String> command = new java.util.ArrayList<>(
					List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", dir.toString()));
			command.addAll(PACKAGES);
			Files.createDirectories(dir);
			Process npm;
			try {
				npm = new ProcessBuilder(command).inheritIO().start();
			}
			catch (IOException ex) {
				System.out.println("SKIPPED the echo bot: npm is not on this machine (" + ex.getMessage() + ")");
				return false;
			}
			if (npm.waitFor() != 0 || !Files.isExecutable(node)) {
				System.out.println("SKIPPED the echo bot: npm install " + String.join(" ", PACKAGES) + " failed");
				return false;
			}
		}
		try (InputStream script = EchoBot.class.getResourceAsStream("/benchmark/echo-bot.mjs")) {
			Files.copy(script, dir.resolve("echo-bot.mjs"), StandardCopyOption.REPLACE_EXISTING);
		}
		return true;
	}

	static Process start(Path dir, int port, String lineBaseUrl) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(node(dir).toString(), dir.resolve("echo-bot.mjs").toString());
		Map<String, String> env = builder.environment();
		env.put("PORT", Integer.toString(port));
		env.put("CHANNEL_SECRET", LineWebhook.CHANNEL_SECRET);
		env.put("CHANNEL_ACCESS_TOKEN", "benchmark-access-token");
		env.put("LINE_API_BASE_URL", lineBaseUrl);
		builder.redirectErrorStream(true).redirectOutput(dir.resolve("echo-bot.log").toFile());
		return builder.start();
	}

	private static Path node(Path dir) {
		return dir.resolve("node_modules").resolve(".bin").resolve("node");
	}

}
