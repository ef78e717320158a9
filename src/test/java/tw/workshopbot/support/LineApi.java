package tw.workshopbot.support;

import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock standing in for api.line.me, for the whole test run; stubs answer as LINE
 * does.
 */
public final class LineApi {

	public static final String GROUP_NAME = "臺中市區公所社造夥伴";

	/** Every user's LINE name, except users whose id starts with Uen (English, "Amy"). */
	public static final String DISPLAY_NAME = "小明";

	public static final String BASIC_ID = "@123abcde";

	public static final String RICH_MENU_ID = "richmenu-88c05ef6921ae53f8b58a25f3a65faf7";

	private static final WireMockServer SERVER = new WireMockServer(
			wireMockConfig().dynamicPort().containerThreads(64).extensions(new ReplyTokens()));

	static {
		SERVER.start();
		stubLikeLine();
	}

	private LineApi() {
	}

	public static WireMockServer server() {
		return SERVER;
	}

	public static String baseUrl() {
		return SERVER.baseUrl();
	}

	public static void reset() {
		SERVER.resetAll();
		stubLikeLine();
	}

	public static void stubLikeLine() {
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(okJson("{\"sentMessages\":[]}")));
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/message/push")).willReturn(okJson("{\"sentMessages\":[]}")));
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).willReturn(okJson("{}")));
		SERVER.stubFor(get(urlPathEqualTo("/v2/bot/message/quota")).willReturn(okJson("{\"type\":\"none\"}")));
		SERVER
			.stubFor(get(urlPathEqualTo("/v2/bot/message/quota/consumption")).willReturn(okJson("{\"totalUsage\":0}")));
		SERVER.stubFor(get(urlPathMatching("/v2/bot/group/[^/]+/members/count")).willReturn(okJson("{\"count\":5}")));
		SERVER.stubFor(get(urlPathMatching("/v2/bot/group/[^/]+/summary"))
			.willReturn(okJson("{\"groupId\":\"C0\",\"groupName\":\"" + GROUP_NAME + "\"}")));
		SERVER.stubFor(get(urlPathMatching("/v2/bot/profile/U[^/]*"))
			.willReturn(okJson("{\"userId\":\"U0\",\"displayName\":\"" + DISPLAY_NAME + "\",\"language\":\"zh-TW\"}")));
		SERVER.stubFor(get(urlPathMatching("/v2/bot/profile/Uen[^/]*"))
			.willReturn(okJson("{\"userId\":\"U0\",\"displayName\":\"Amy\",\"language\":\"en\"}")));
		SERVER.stubFor(get(urlPathEqualTo("/v2/bot/info")).willReturn(okJson("{\"userId\":\"Ubot\",\"basicId\":\""
				+ BASIC_ID + "\",\"displayName\":\"工作坊小幫手\",\"chatMode\":\"bot\",\"markAsReadMode\":\"auto\"}")));
	}

	/** The rich-menu API: no default menu yet; a new menu is {@link #RICH_MENU_ID}. */
	public static void stubRichMenus() {
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/richmenu"))
			.willReturn(okJson("{\"richMenuId\":\"" + RICH_MENU_ID + "\"}")));
		SERVER.stubFor(post(urlPathMatching("/v2/bot/richmenu/[^/]+/content")).willReturn(aResponse().withStatus(200)));
		SERVER
			.stubFor(post(urlPathMatching("/v2/bot/user/all/richmenu/[^/]+")).willReturn(aResponse().withStatus(200)));
		SERVER.stubFor(get(urlPathEqualTo("/v2/bot/user/all/richmenu")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"no default richmenu\"}")));
	}

	/** LINE's answer to a reply token that is used or expired. */
	public static void replyTokensAreInvalid() {
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Invalid reply token\"}")));
	}

	/**
	 * Reply tokens that LINE accepts once, with a fault on the first request of each
	 * ({@link ReplyTokens}).
	 */
	public static void replyTokensUsedOnce(ReplyTokens.FirstAttempt fault) {
		ReplyTokens.reset(fault);
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/message/reply"))
			.willReturn(aResponse().withTransformers(ReplyTokens.NAME)));
	}

	public static void repliesTakeMillis(int millis) {
		SERVER.stubFor(post(urlPathEqualTo("/v2/bot/message/reply"))
			.willReturn(okJson("{\"sentMessages\":[]}").withFixedDelay(millis)));
	}

	/** LINE's answer once this month's messages are used up. */
	public static ResponseDefinitionBuilder monthlyLimitReached() {
		return error(429, "You have reached your monthly limit.");
	}

	/** LINE's answer to too many requests a second. */
	public static ResponseDefinitionBuilder rateLimited() {
		return error(429, "The API rate limit has been exceeded. Try again later.");
	}

	/** LINE's answer to a retry key it has accepted before. */
	public static ResponseDefinitionBuilder alreadyAccepted() {
		return error(409, "The retry key is already accepted").withHeader("x-line-accepted-request-id",
				"0f7e5a3c-1b1e-4a52-9a38-6e7f1a2b3c4d");
	}

	public static ResponseDefinitionBuilder error(int status, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"" + message + "\"}");
	}

	/** Requests in the order LINE received them. */
	public static List<ServeEvent> requests() {
		return SERVER.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing((ServeEvent event) -> event.getRequest().getLoggedDate()))
			.toList();
	}

	public static List<ServeEvent> requestsTo(String path) {
		return requests().stream().filter((event) -> event.getRequest().getUrl().startsWith(path)).toList();
	}

}
