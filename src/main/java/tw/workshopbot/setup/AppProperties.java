package tw.workshopbot.setup;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service-wide settings. The zone is the organizers' zone (times are shown in it); every
 * time decision still goes through the injected {@link java.time.Clock}.
 *
 * @param zone APP_ZONE
 * @param publicBaseUrl PUBLIC_BASE_URL, for links the bot sends (may be empty until
 * needed)
 * @param dataDir where local mode keeps Redis data and generated secrets
 * @param adminToken ADMIN_TOKEN, the bearer token of the admin API
 * @param catalog CATALOG, the workshop catalog file
 */
@ConfigurationProperties("app")
public record AppProperties(@DefaultValue("Asia/Taipei") ZoneId zone, URI publicBaseUrl,
		@DefaultValue("./data") Path dataDir, String adminToken,
		@DefaultValue("config/taichung-2020.yml") Path catalog) {

	/**
	 * PUBLIC_BASE_URL without a trailing slash, for appending paths; empty when unset.
	 */
	public java.util.Optional<String> publicRoot() {
		if (this.publicBaseUrl == null || this.publicBaseUrl.toString().isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(this.publicBaseUrl.toString().replaceAll("/+$", ""));
	}

	public boolean hasAdminToken() {
		return this.adminToken != null && !this.adminToken.isBlank();
	}

}
