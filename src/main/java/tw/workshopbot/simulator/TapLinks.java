package tw.workshopbot.simulator;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Where a URI action leads in the simulator. LINE opens
 * {@code line.me/R/oaMessage/<basicId>/?<text>} as the tapper's own 1:1 chat with the
 * text typed in, and {@code line.me/R/share} as a picker of friends to forward to; any
 * other address opens in a new tab. The page's template asks this bean for each tap.
 */
@Component
@WhenSimulating
public class TapLinks {

	private static final String OA_MESSAGE = "https://line.me/R/oaMessage/";

	private static final String SHARE = "https://line.me/R/share?text=";

	/**
	 * @param href where a URI action goes; null for a postback or message, which the page
	 * posts
	 */
	public record TapView(MessageView.Tap tap, String href, boolean newTab) {
	}

	public TapView view(MessageView.Tap tap, String speaker) {
		if (!"uri".equals(tap.type()) || tap.uri() == null) {
			return new TapView(tap, null, false);
		}
		String uri = tap.uri();
		if (uri.startsWith(OA_MESSAGE)) {
			int query = uri.indexOf("/?");
			String text = (query < 0) ? "" : URLDecoder.decode(uri.substring(query + 2), StandardCharsets.UTF_8);
			return new TapView(tap, "/simulator?chat=" + speaker + "&as=" + speaker + "&draft="
					+ URLEncoder.encode(text, StandardCharsets.UTF_8), false);
		}
		if (uri.startsWith(SHARE)) {
			return new TapView(tap, "/simulator/share?as=" + speaker + "&text=" + uri.substring(SHARE.length()), false);
		}
		boolean web = uri.startsWith("https://") || uri.startsWith("http://");
		return new TapView(tap, web ? uri : null, true);
	}

}
