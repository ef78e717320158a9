package tw.workshopbot.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import tw.workshopbot.support.RawRedis;
import tw.workshopbot.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one Redis, each with its own connection, send multicasts as fast as
 * their limits let them: what LINE sees in any second stays within the channel's 200 (and
 * the tenth of a second's burst a full bucket allows). With a bucket per instance each
 * would send 200 a second, 400 together.
 */
class ChannelRateLimitsTest {

	private static final int EACH = 150;

	private final List<LettuceConnectionFactory> factories = new ArrayList<>();

	@BeforeEach
	void emptyBuckets() {
		RawRedis.delete("wb:{rate}:line:multicast");
	}

	@AfterEach
	void close() {
		this.factories.forEach(LettuceConnectionFactory::destroy);
	}

	@Test
	void twoInstancesTogetherStayWithinTheChannelsMulticastsPerSecond() {
		ChannelRateLimits first = new ChannelRateLimits(connected());
		ChannelRateLimits second = new ChannelRateLimits(connected());
		List<Long> sentAt = Collections.synchronizedList(new ArrayList<>());
		CompletableFuture
			.allOf(CompletableFuture.runAsync(() -> sendAll(first, sentAt)),
					CompletableFuture.runAsync(() -> sendAll(second, sentAt)))
			.join();
		List<Long> times = new ArrayList<>(sentAt);
		Collections.sort(times);
		int busiestSecond = 0;
		for (int i = 0, j = 0; i < times.size(); i++) {
			while (times.get(i) - times.get(j) >= 1_000_000_000L) {
				j++;
			}
			busiestSecond = Math.max(busiestSecond, i - j + 1);
		}
		assertThat(times).hasSize(2 * EACH);
		assertThat(busiestSecond).isLessThanOrEqualTo(
				ChannelRateLimits.MULTICASTS_PER_SECOND + ChannelRateLimits.MULTICASTS_PER_SECOND / 10);
	}

	/**
	 * The factory replaced its shared connection: the buckets still count, on the new
	 * one.
	 */
	@Test
	void aConnectionTheFactoryReplacedLeavesTheBucketsCounting() {
		LettuceConnectionFactory factory = connected();
		ChannelRateLimits limits = new ChannelRateLimits(factory);
		assertThat(limits.pushes().tryConsume(1)).isTrue();

		factory.resetConnection();

		assertThat(limits.pushes().tryConsume(1)).isTrue();
	}

	private static void sendAll(ChannelRateLimits limits, List<Long> sentAt) {
		for (int i = 0; i < EACH; i++) {
			try {
				limits.multicasts().asBlocking().consume(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			sentAt.add(System.nanoTime());
		}
	}

	private LettuceConnectionFactory connected() {
		RedisURI uri = RedisURI.create(TestRedis.url());
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
		factory.afterPropertiesSet();
		factory.start();
		this.factories.add(factory);
		return factory;
	}

}
