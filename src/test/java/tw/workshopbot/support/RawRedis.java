package tw.workshopbot.support;

import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Reads Redis as it is, outside the service: what a person with access to the server
 * would see.
 */
public final class RawRedis {

	private RawRedis() {
	}

	/** Every key with every value it holds, whatever its type. */
	public static List<String> everyKeyAndValue() {
		return everyKeyAndValue(TestRedis.url());
	}

	/** The same, of another Redis (the one a local-mode service started for itself). */
	public static List<String> everyKeyAndValue(String url) {
		RedisClient client = RedisClient.create(url);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			List<String> out = new ArrayList<>();
			ScanCursor cursor = ScanCursor.INITIAL;
			do {
				KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.limit(500));
				for (String key : page.getKeys()) {
					out.add(key);
					switch (redis.type(key)) {
						case "string" -> out.add(redis.get(key));
						case "list" -> out.addAll(redis.lrange(key, 0, -1));
						case "set" -> out.addAll(redis.smembers(key));
						case "zset" -> out.addAll(redis.zrange(key, 0, -1));
						case "hash" -> redis.hgetall(key).forEach((field, value) -> {
							out.add(field);
							out.add(value);
						});
						default -> {
						}
					}
				}
				cursor = page;
			}
			while (!cursor.isFinished());
			return out;
		}
		finally {
			client.shutdown();
		}
	}

	public static List<String> list(String key) {
		RedisClient client = RedisClient.create(TestRedis.url());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().lrange(key, 0, -1);
		}
		finally {
			client.shutdown();
		}
	}

	public static void delete(String key) {
		RedisClient client = RedisClient.create(TestRedis.url());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().del(key);
		}
		finally {
			client.shutdown();
		}
	}

}
