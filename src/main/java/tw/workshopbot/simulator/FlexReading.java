package tw.workshopbot.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import tw.workshopbot.simulator.MessageView.Node;
import tw.workshopbot.simulator.MessageView.Tap;

/**
 * A Flex container read into the page's nodes: LINE's layout (box direction, flex
 * weights, spacing, margins, padding) and styles (text size, weight, colour, wrap,
 * alignment; button styles; images; separators) as CSS, built only from LINE's keywords,
 * pixel and percent sizes and colours of LINE's shape.
 */
final class FlexReading {

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");

	private static final Pattern PIXELS = Pattern.compile("\\d{1,4}(\\.\\d+)?px|\\d{1,3}(\\.\\d+)?%");

	/** LINE's spacing and margin keywords, in pixels. */
	private static final Map<String, String> SPACES = Map.of("none", "0px", "xs", "2px", "sm", "4px", "md", "8px", "lg",
			"12px", "xl", "16px", "xxl", "20px");

	/** LINE's text sizes, in pixels as its Android client draws them. */
	private static final Map<String, String> SIZES = Map.ofEntries(Map.entry("xxs", "11px"), Map.entry("xs", "13px"),
			Map.entry("sm", "14px"), Map.entry("md", "16px"), Map.entry("lg", "19px"), Map.entry("xl", "22px"),
			Map.entry("xxl", "29px"), Map.entry("3xl", "35px"), Map.entry("4xl", "48px"), Map.entry("5xl", "74px"));

	private FlexReading() {
	}

	static Node container(JsonNode contents) {
		if ("carousel".equals(contents.path("type").asString(""))) {
			List<Node> bubbles = new ArrayList<>();
			contents.path("contents").forEach((bubble) -> bubbles.add(bubble(bubble)));
			return new Node("carousel", "", null, null, null, null, null, bubbles);
		}
		return bubble(contents);
	}

	private static Node bubble(JsonNode bubble) {
		List<Node> sections = new ArrayList<>();
		for (String part : List.of("header", "hero", "body", "footer")) {
			JsonNode section = bubble.path(part);
			if (section.isMissingNode() || section.isNull()) {
				continue;
			}
			StringBuilder style = new StringBuilder();
			String background = bubble.path("styles").path(part).path("backgroundColor").asString("");
			if (COLOR.matcher(background).matches()) {
				style.append("background-color:").append(background).append(';');
			}
			if (bubble.path("styles").path(part).path("separator").asBoolean(false)) {
				style.append("border-top:1px solid #e0e0e0;");
			}
			sections.add(new Node("section", style.toString(), part, null, null, null, null,
					List.of(component(section, "vertical", true))));
		}
		String width = switch (bubble.path("size").asString("mega")) {
			case "nano" -> "120px";
			case "micro" -> "160px";
			case "deca" -> "220px";
			case "hecto" -> "241px";
			case "kilo" -> "260px";
			case "giga" -> "386px";
			default -> "300px";
		};
		return new Node("bubble", "width:" + width + ";", null, null, null, null, null, sections);
	}

	/**
	 * @param parentLayout the box it sits in decides what {@code flex} and {@code margin}
	 * mean
	 * @param first the first child takes no margin, as in LINE
	 */
	private static Node component(JsonNode node, String parentLayout, boolean first) {
		String type = node.path("type").asString("");
		boolean horizontal = !"vertical".equals(parentLayout);
		StringBuilder style = new StringBuilder();
		int defaultFlex = horizontal ? 1 : 0;
		int flex = node.path("flex").asInt(defaultFlex);
		style.append("flex:").append(Math.max(0, Math.min(flex, 100))).append(horizontal ? " 1 0;" : " 0 auto;");
		if (horizontal && flex > 0) {
			style.append("min-width:0;");
		}
		String margin = space(node.path("margin").asString(""));
		if (!first && margin != null) {
			style.append(horizontal ? "margin-left:" : "margin-top:").append(margin).append(';');
		}
		Tap tap = node.has("action") ? Tap.of(node.path("action")) : null;
		return switch (type) {
			case "box" -> box(node, style, tap);
			case "text" -> text(node, style, tap);
			case "button" -> button(node, style);
			case "image" -> image(node, style, tap);
			case "separator" -> {
				String color = node.path("color").asString("#e0e0e0");
				style.append(horizontal ? "border-left:1px solid " : "border-top:1px solid ")
					.append(COLOR.matcher(color).matches() ? color : "#e0e0e0")
					.append(';');
				yield new Node("separator", style.toString(), null, null, null, null, null, List.of());
			}
			case "filler", "spacer" -> new Node("filler", style.toString(), null, null, null, null, null, List.of());
			default -> new Node("unknown", style.toString(), null, "[" + type + "]", null, null, null, List.of());
		};
	}

	private static Node box(JsonNode node, StringBuilder style, Tap tap) {
		String layout = node.path("layout").asString("vertical");
		style.append("display:flex;flex-direction:").append("vertical".equals(layout) ? "column" : "row").append(';');
		if ("baseline".equals(layout)) {
			style.append("align-items:baseline;");
		}
		String spacing = space(node.path("spacing").asString(""));
		if (spacing != null) {
			style.append("gap:").append(spacing).append(';');
		}
		String background = node.path("backgroundColor").asString("");
		if (COLOR.matcher(background).matches()) {
			style.append("background-color:").append(background).append(';');
		}
		for (String side : List.of("All", "Top", "Bottom", "Start", "End")) {
			String padding = padding(node.path("padding" + side).asString(""));
			if (padding != null) {
				String css = switch (side) {
					case "All" -> "padding";
					case "Start" -> "padding-left";
					case "End" -> "padding-right";
					default -> "padding-" + side.toLowerCase(java.util.Locale.ROOT);
				};
				style.append(css).append(':').append(padding).append(';');
			}
		}
		String corner = padding(node.path("cornerRadius").asString(""));
		if (corner != null) {
			style.append("border-radius:").append(corner).append(';');
		}
		List<Node> children = new ArrayList<>();
		JsonNode contents = node.path("contents");
		for (int i = 0; i < contents.size(); i++) {
			children.add(component(contents.get(i), layout, i == 0));
		}
		return new Node("box", style.toString(), layout, null, null, tap, null, children);
	}

	private static Node text(JsonNode node, StringBuilder style, Tap tap) {
		String size = SIZES.getOrDefault(node.path("size").asString("md"), "16px");
		style.append("font-size:").append(size).append(';');
		if ("bold".equals(node.path("weight").asString(""))) {
			style.append("font-weight:bold;");
		}
		String color = node.path("color").asString("");
		if (COLOR.matcher(color).matches()) {
			style.append("color:").append(color).append(';');
		}
		style.append(node.path("wrap").asBoolean(false) ? "white-space:pre-wrap;overflow-wrap:anywhere;"
				: "white-space:nowrap;overflow:hidden;text-overflow:ellipsis;");
		String align = node.path("align").asString("");
		if (List.of("start", "end", "center").contains(align)) {
			style.append("text-align:").append(align).append(';');
		}
		String decoration = node.path("decoration").asString("");
		if (List.of("underline", "line-through").contains(decoration)) {
			style.append("text-decoration:").append(decoration).append(';');
		}
		return new Node("text", style.toString(), null, node.path("text").asString(""), null, tap, null, List.of());
	}

	private static Node button(JsonNode node, StringBuilder style) {
		String variant = node.path("style").asString("link");
		if (!List.of("primary", "secondary", "link").contains(variant)) {
			variant = "link";
		}
		String color = node.path("color").asString("");
		if (COLOR.matcher(color).matches()) {
			style.append("link".equals(variant) ? "color:" : "background-color:").append(color).append(';');
		}
		style.append("sm".equals(node.path("height").asString("md")) ? "min-height:40px;" : "min-height:52px;");
		Tap tap = Tap.of(node.path("action"));
		return new Node("button", style.toString(), variant, tap.label(), null, tap, null, List.of());
	}

	private static Node image(JsonNode node, StringBuilder style, Tap tap) {
		String url = node.path("url").asString("");
		String ratio = node.path("aspectRatio").asString("1:1");
		if (ratio.matches("\\d{1,5}:\\d{1,5}")) {
			style.append("aspect-ratio:").append(ratio.replace(':', '/')).append(';');
		}
		style.append(
				"cover".equals(node.path("aspectMode").asString("fit")) ? "object-fit:cover;" : "object-fit:contain;");
		return new Node("image", style.toString(), null, null, url.startsWith("https://") ? url : null, tap, null,
				List.of());
	}

	private static String space(String keyword) {
		if (SPACES.containsKey(keyword)) {
			return SPACES.get(keyword);
		}
		return PIXELS.matcher(keyword).matches() ? keyword : null;
	}

	private static String padding(String value) {
		return space(value);
	}

}
