package tw.workshopbot.dialog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.setup.StartupTask;

/**
 * Sign-ups under way when the service was upgraded from the version that kept them under
 * a key of their own ({@code wb:user:{id}:signup}) become dialogs at start-up, so that
 * nobody's half-typed form is lost by a deployment. Harmless once none is left.
 */
@Component
@Order(2)
class OldSignups implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(OldSignups.class);

	private final StringRedisTemplate redis;

	private final Dialogs dialogs;

	OldSignups(StringRedisTemplate redis, Dialogs dialogs) {
		this.redis = redis;
		this.dialogs = dialogs;
	}

	@Override
	public String name() {
		return "moving old sign-ups into dialogs";
	}

	@Override
	public void run() {
		int adopted = 0;
		ScanOptions old = ScanOptions.scanOptions().match("wb:user:{*}:signup").count(1000).build();
		try (Cursor<String> keys = this.redis.scan(old)) {
			while (keys.hasNext()) {
				this.dialogs.adoptOldSignup(keys.next());
				adopted++;
			}
		}
		if (adopted > 0) {
			log.info("{} sign-ups under way were moved into their people's dialogs", adopted);
		}
	}

}
