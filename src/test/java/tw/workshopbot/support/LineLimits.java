package tw.workshopbot.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * LINE's documented limits that its OpenAPI spec does not encode
 * (../shared/LINE-PLATFORM.md, 5). Lengths are in UTF-16 code units, as LINE counts them.
 */
final class LineLimits {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> SENDING = Set.of("/v2/bot/message/reply", "/v2/bot/message/push",
			"/v2/bot/message/multicast", "/v2/bot/message/broadcast", "/v2/bot/message/narrowcast");

	private static final Set<String> TAKES_RETRY_KEY = Set.of("/v2/bot/message/push", "/v2/bot/message/multicast",
			"/v2/bot/message/broadcast", "/v2/bot/message/narrowcast");

	/** Templates, quick replies, rich menus: LINE-PLATFORM.md, Actions. */
	private static final int LABEL = 20;

	private static final int FLEX_BUTTON_LABEL = 40;

	private LineLimits() {
	}

	static List<String> problems(String method, String url, boolean hasRetryKey, String body) {
		String path = url.split("\\?", 2)[0];
		List<String> problems = new ArrayList<>();
		if (hasRetryKey && !TAKES_RETRY_KEY.contains(path)) {
			problems.add(path + ": X-Line-Retry-Key is only accepted by push, multicast, narrowcast and broadcast");
		}
		if ("POST".equals(method) && "/v2/bot/richmenu".equals(path)) {
			checkRichMenu(problems, JSON.readTree(body));
			return problems;
		}
		if (!"POST".equals(method) || !SENDING.contains(path)) {
			return problems;
		}
		if (body.getBytes(StandardCharsets.UTF_8).length > 2 * 1024 * 1024) {
			problems.add(path + ": a request is at most 2 MB");
		}
		JsonNode request = JSON.readTree(body);
		JsonNode messages = request.path("messages");
		if (messages.size() < 1 || messages.size() > 5) {
			problems.add(path + ": 1 to 5 messages per request, not " + messages.size());
		}
		if (path.endsWith("/multicast") && request.path("to").size() > 500) {
			problems.add("multicast: at most 500 recipients, not " + request.path("to").size());
		}
		for (int i = 0; i < messages.size(); i++) {
			JsonNode message = messages.get(i);
			String where = path + " message " + i;
			if (message.has("quickReply") && i < messages.size() - 1) {
				problems.add(where + ": a quick reply on a message that is not the last is never shown");
			}
			max(problems, where + " text", message.path("text"), 5000);
			max(problems, where + " altText", message.path("altText"), 1500);
			JsonNode items = message.path("quickReply").path("items");
			if (items.size() > 13) {
				problems.add(where + ": at most 13 quick-reply items, not " + items.size());
			}
			checkTemplate(problems, where, message.path("template"));
			checkFlex(problems, where, message);
			boolean flex = "flex".equals(message.path("type").asString(""));
			// A Flex button's label may be twice as long as any other action's.
			checkActions(problems, where, message.path("contents"), flex ? FLEX_BUTTON_LABEL : LABEL);
			checkActions(problems, where, message.path("template"), LABEL);
			checkActions(problems, where, message.path("quickReply"), LABEL);
		}
		return problems;
	}

	/** LINE-PLATFORM.md, rich menu: size, aspect, areas and text lengths. */
	private static void checkRichMenu(List<String> problems, JsonNode menu) {
		long width = menu.path("size").path("width").asLong();
		long height = menu.path("size").path("height").asLong();
		if (width < 800 || width > 2500 || height < 250 || (double) width / height < 1.45) {
			problems
				.add("richmenu: 800-2500 wide, at least 250 high, aspect at least 1.45; not " + width + "x" + height);
		}
		JsonNode areas = menu.path("areas");
		if (areas.size() < 1 || areas.size() > 20) {
			problems.add("richmenu: 1 to 20 areas, not " + areas.size());
		}
		max(problems, "richmenu chatBarText", menu.path("chatBarText"), 14);
		max(problems, "richmenu name", menu.path("name"), 300);
		for (JsonNode area : areas) {
			JsonNode bounds = area.path("bounds");
			if (bounds.path("x").asLong() + bounds.path("width").asLong() > width
					|| bounds.path("y").asLong() + bounds.path("height").asLong() > height) {
				problems.add("richmenu: an area reaches outside the menu: " + bounds);
			}
			max(problems, "richmenu postback data", area.path("action").path("data"), 300);
			max(problems, "richmenu displayText", area.path("action").path("displayText"), 300);
		}
	}

	private static void checkTemplate(List<String> problems, String where, JsonNode template) {
		if (template.isMissingNode()) {
			return;
		}
		String type = template.path("type").asString("");
		int actions = template.path("actions").size();
		boolean titled = template.has("title") || template.has("thumbnailImageUrl");
		switch (type) {
			case "buttons" -> {
				if (actions > 4) {
					problems.add(where + ": a buttons template takes at most 4 actions, not " + actions);
				}
				max(problems, where + " title", template.path("title"), 40);
				max(problems, where + " template text", template.path("text"), titled ? 60 : 160);
			}
			case "confirm" -> {
				if (actions != 2) {
					problems.add(where + ": a confirm template takes exactly 2 actions, not " + actions);
				}
				max(problems, where + " template text", template.path("text"), 240);
			}
			case "carousel" -> {
				if (template.path("columns").size() > 10) {
					problems.add(where + ": at most 10 carousel columns");
				}
				for (JsonNode column : template.path("columns")) {
					if (column.path("actions").size() > 3) {
						problems.add(where + ": a carousel column takes at most 3 actions");
					}
				}
			}
			default -> {
			}
		}
	}

	private static void checkFlex(List<String> problems, String where, JsonNode message) {
		if (!"flex".equals(message.path("type").asString(""))) {
			return;
		}
		JsonNode contents = message.path("contents");
		int bytes = JSON.writeValueAsString(contents).getBytes(StandardCharsets.UTF_8).length;
		if ("carousel".equals(contents.path("type").asString(""))) {
			if (contents.path("contents").size() > 12) {
				problems.add(where + ": a Flex carousel takes at most 12 bubbles");
			}
			if (bytes > 50 * 1024) {
				problems.add(where + ": a Flex carousel is at most 50 KB, not " + bytes + " bytes");
			}
		}
		else if (bytes > 30 * 1024) {
			problems.add(where + ": a Flex bubble is at most 30 KB, not " + bytes + " bytes");
		}
	}

	/**
	 * Every action anywhere in the message: labels, postback data, display text, URIs.
	 */
	private static void checkActions(List<String> problems, String where, JsonNode node, int labelLimit) {
		if (node.isObject()) {
			for (var field : node.properties()) {
				JsonNode value = field.getValue();
				if ("action".equals(field.getKey())) {
					checkAction(problems, where, value, labelLimit);
				}
				else if ("actions".equals(field.getKey())) {
					value.forEach((action) -> checkAction(problems, where, action, labelLimit));
				}
				checkActions(problems, where, value, labelLimit);
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> checkActions(problems, where, element, labelLimit));
		}
	}

	private static void checkAction(List<String> problems, String where, JsonNode action, int labelLimit) {
		max(problems, where + " action label", action.path("label"), labelLimit);
		max(problems, where + " postback data", action.path("data"), 300);
		max(problems, where + " displayText", action.path("displayText"), 300);
		max(problems, where + " fillInText", action.path("fillInText"), 300);
		max(problems, where + " uri", action.path("uri"), 1000);
	}

	private static void max(List<String> problems, String what, JsonNode text, int limit) {
		if (text.isString() && text.asString().length() > limit) {
			problems.add(what + ": at most " + limit + " characters, not " + text.asString().length());
		}
	}

}
