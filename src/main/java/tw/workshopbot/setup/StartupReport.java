package tw.workshopbot.setup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.workshopbot.line.LineProperties;

/**
 * Says, once the service is up, how to reach it, what is missing, and (in local mode,
 * only when they were just generated) the secrets a developer needs to call it.
 */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	private final LineProperties line;

	private final AppProperties app;

	StartupReport(Environment environment, LineProperties line, AppProperties app) {
		this.environment = environment;
		this.line = line;
		this.app = app;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String port = this.environment.getProperty("local.server.port", "8080");
		String base = "http://localhost:" + port;
		log.info(
				"Workshop bot is up: webhook {}/callback, health {}/actuator/health, admin API {}/api (Bearer ADMIN_TOKEN)",
				base, base, base);
		List<String> missing = new ArrayList<>();
		if (!this.line.hasChannelSecret()) {
			missing.add("LINE_CHANNEL_SECRET (webhooks are refused with 401)");
		}
		if (!this.line.hasAccessToken()) {
			missing.add("LINE_CHANNEL_ACCESS_TOKEN (nothing is sent to LINE)");
		}
		if (!this.app.hasAdminToken()) {
			missing.add("ADMIN_TOKEN (the admin API refuses everyone)");
		}
		if (!missing.isEmpty()) {
			log.warn("Not configured: {}. See .env.example.", String.join("; ", missing));
		}
		reportGenerated();
	}

	private void reportGenerated() {
		String generated = this.environment.getProperty(RuntimeEnvironment.GENERATED, "");
		if (generated.isBlank()) {
			return;
		}
		Arrays.stream(generated.split(",")).forEach((name) -> {
			String where = "DATA_ENCRYPTION_KEY".equals(name)
					? this.app.dataDir().resolve(RuntimeEnvironment.KEY_FILE).toString()
					: this.app.dataDir().resolve(RuntimeEnvironment.SECRETS_FILE).toString();
			String shown = "DATA_ENCRYPTION_KEY".equals(name) ? "(not shown)" : this.environment.getProperty(name);
			log.warn("LOCAL MODE generated {} = {} and keeps it in {}. This is shown once; "
					+ "set real secrets in the environment for anything shared.", name, shown, where);
		});
	}

}
