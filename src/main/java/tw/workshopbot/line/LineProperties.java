package tw.workshopbot.line;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param channelSecret LINE_CHANNEL_SECRET: verifies webhook signatures
 * @param channelAccessToken LINE_CHANNEL_ACCESS_TOKEN: authorizes calls to LINE
 * @param apiBaseUrl LINE_API_BASE_URL, scheme://host:port only (the SDK's paths are
 * absolute)
 * @param apiDataBaseUrl LINE_API_DATA_BASE_URL, for content uploads and downloads
 * @param maxRequestsPerHost concurrent calls to LINE; the SDK's default of 5 throttles
 * delivery
 * @param maxWebhookBytes larger webhook bodies are refused unread
 */
@ConfigurationProperties("line")
public record LineProperties(String channelSecret, String channelAccessToken,
		@DefaultValue("https://api.line.me") URI apiBaseUrl,
		@DefaultValue("https://api-data.line.me") URI apiDataBaseUrl, @DefaultValue("64") int maxRequestsPerHost,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("1048576") int maxWebhookBytes) {

	public LineProperties {
		requireOrigin(apiBaseUrl, "LINE_API_BASE_URL");
		requireOrigin(apiDataBaseUrl, "LINE_API_DATA_BASE_URL");
	}

	public boolean hasChannelSecret() {
		return this.channelSecret != null && !this.channelSecret.isBlank();
	}

	public boolean hasAccessToken() {
		return this.channelAccessToken != null && !this.channelAccessToken.isBlank();
	}

	private static void requireOrigin(URI uri, String name) {
		boolean origin = uri.getScheme() != null && uri.getHost() != null
				&& (uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()))
				&& uri.getRawQuery() == null;
		if (!origin) {
			throw new IllegalArgumentException(name + " must be scheme://host[:port] with no path, not " + uri);
		}
	}

}
