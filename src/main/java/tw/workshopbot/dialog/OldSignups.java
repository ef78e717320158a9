package tw.workshopbot.dialog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Sign-ups under way when the service was upgraded from the version that kept them under
 * a key of their own ({@code wb:user:{id}:signup}) become dialogs at start-up, so that
 * nobody's half-typed form is lost by a deployment. Harmless once none is left.
 */
@Component
class OldSignups implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OldSignups.class);

	private final StringRedisTemplate redis;

	private final Dialogs dialogs;

	OldSignups(StringRedisTemplate redis, Dialogs dialogs) {
		this.redis = redis;
		this.dialogs = dialogs;
	}

	@Override
	public void run(ApplicationArguments args) {
		int adopted = 0;
		ScanOptions old = ScanOptions.scanOptions().match("wb:user:{*}:signup").count(1000).build();
		try (Cursor<String> keys = this.redis.scan(old)) {
			while (keys.hasNext()) {
				this.dialogs.adoptOldSignup(keys.next());
				adopted++;
			}
		}
		catch (DataAccessException ex) {
			// Redis is away: the next start moves them, and no one is answered meanwhile.
			log.warn("Old sign-ups were not looked for: {}", ex.getMessage());
		}
		if (adopted > 0) {
			log.info("{} sign-ups under way were moved into their people's dialogs", adopted);
		}
	}

}
