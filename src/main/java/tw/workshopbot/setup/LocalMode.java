package tw.workshopbot.setup;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Local mode is a machine without REDIS_URL: a developer's laptop or a first try. The
 * service then starts its own Redis server and generates the secrets it lacks, so that
 * {@code ./mvnw spring-boot:run} works with nothing installed.
 */
public final class LocalMode implements Condition {

	public static final String REDIS_URL = "REDIS_URL";

	public static boolean isOn(Environment environment) {
		String url = environment.getProperty(REDIS_URL);
		return url == null || url.isBlank();
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

}
