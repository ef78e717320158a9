package tw.workshopbot.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * LINE's per-channel rate limits (200 multicasts and 2,000 pushes a second), kept in
 * Redis: every instance on one Redis draws from the same two buckets, so together they
 * stay within what LINE allows the channel. Bursts stay at a tenth of a second's worth.
 * <p>
 * The connection is opened at the first request, not at start: the service starts, and
 * waits, while Redis is away.
 */
@Component
class ChannelRateLimits implements DisposableBean {

	static final int MULTICASTS_PER_SECOND = 200;

	static final int PUSHES_PER_SECOND = 2000;

	private static final String KEY_PREFIX = "wb:{rate}:line:";

	private final LettuceConnectionFactory redis;

	private StatefulRedisConnection<byte[], byte[]> connection;

	private Bucket pushes;

	private Bucket multicasts;

	ChannelRateLimits(LettuceConnectionFactory redis) {
		this.redis = redis;
	}

	synchronized Bucket pushes() {
		connect();
		return this.pushes;
	}

	synchronized Bucket multicasts() {
		connect();
		return this.multicasts;
	}

	private void connect() {
		if (this.connection != null) {
			return;
		}
		// The client Spring Data Redis made: the same address, password and fail-fast
		// options as every other command. Lettuce reconnects it after an outage.
		StatefulRedisConnection<byte[], byte[]> opened = ((RedisClient) this.redis.getNativeClient())
			.connect(ByteArrayCodec.INSTANCE);
		ProxyManager<byte[]> buckets = Bucket4jLettuce.casBasedBuilder(opened)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.build();
		this.pushes = bucket(buckets, "push", PUSHES_PER_SECOND);
		this.multicasts = bucket(buckets, "multicast", MULTICASTS_PER_SECOND);
		this.connection = opened;
	}

	private static Bucket bucket(ProxyManager<byte[]> buckets, String endpoint, int perSecond) {
		BucketConfiguration limit = BucketConfiguration.builder()
			.addLimit((l) -> l.capacity(perSecond / 10).refillGreedy(perSecond, Duration.ofSeconds(1)))
			.build();
		return buckets.builder().build((KEY_PREFIX + endpoint).getBytes(StandardCharsets.UTF_8), () -> limit);
	}

	@Override
	public synchronized void destroy() {
		if (this.connection != null) {
			this.connection.close();
		}
	}

}
