package tw.workshopbot.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.async.RedisAsyncCommands;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * LINE's per-channel rate limits (200 multicasts and 2,000 pushes a second), kept in
 * Redis: every instance on one Redis draws from the same two buckets, so together they
 * stay within what LINE allows the channel. Bursts stay at a tenth of a second's worth.
 * <p>
 * The buckets are reached through the connection Spring Data Redis shares, taken anew for
 * each request: the same address, password and fail-fast options as every other command,
 * and a connection replaced or restarted by the factory is never held on to. Nothing is
 * connected at start: the service starts, and waits, while Redis is away.
 */
@Component
class ChannelRateLimits {

	static final int MULTICASTS_PER_SECOND = 200;

	static final int PUSHES_PER_SECOND = 2000;

	private static final String KEY_PREFIX = "wb:{rate}:line:";

	private static final BucketConfiguration PUSHES = perSecond(PUSHES_PER_SECOND);

	private static final BucketConfiguration MULTICASTS = perSecond(MULTICASTS_PER_SECOND);

	private final LettuceConnectionFactory redis;

	ChannelRateLimits(LettuceConnectionFactory redis) {
		this.redis = redis;
	}

	Bucket pushes() {
		return bucket("push", PUSHES);
	}

	Bucket multicasts() {
		return bucket("multicast", MULTICASTS);
	}

	@SuppressWarnings("unchecked")
	private Bucket bucket(String endpoint, BucketConfiguration limit) {
		try (RedisConnection connection = this.redis.getConnection()) {
			RedisAsyncCommands<byte[], byte[]> commands = (RedisAsyncCommands<byte[], byte[]>) connection
				.getNativeConnection();
			return Bucket4jLettuce.casBasedBuilder(commands)
				.expirationAfterWrite(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
				.build()
				.builder()
				.build((KEY_PREFIX + endpoint).getBytes(StandardCharsets.UTF_8), () -> limit);
		}
	}

	private static BucketConfiguration perSecond(int rate) {
		return BucketConfiguration.builder()
			.addLimit((l) -> l.capacity(rate / 10).refillGreedy(rate, Duration.ofSeconds(1)))
			.build();
	}

}
