package tw.workshopbot.simulator;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import tw.workshopbot.simulator.MessageView.Node;
import tw.workshopbot.simulator.MessageView.Tap;

/**
 * A Flex container read into the page's nodes: LINE's layout (box direction, flex
 * weights, spacing, margins, padding, absolute positions and offsets, gravity, sizes,
 * borders, gradients) and styles (text size, weight, colour, wrap, alignment, spans;
 * icons; button styles; images; separators) as CSS, through {@link FlexStyle}'s checks.
 */
final class FlexReading {

	private FlexReading() {
	}

	static Node container(JsonNode contents) {
		if ("carousel".equals(contents.path("type").asString(""))) {
			List<Node> bubbles = new ArrayList<>();
			contents.path("contents").forEach((bubble) -> bubbles.add(bubble(bubble)));
			return node("carousel", "", null, bubbles);
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
			JsonNode styles = bubble.path("styles").path(part);
			FlexStyle style = new FlexStyle().color("background-color", styles.path("backgroundColor"));
			if (section.has("paddingAll")) {
				// The box says its own padding: the section's default gives way.
				style.put("padding", "0");
			}
			if (styles.path("separator").asBoolean(false)) {
				style.put("border-top", "1px solid #e0e0e0");
			}
			sections.add(node("section", style.css(), part, List.of(component(section, "vertical", true))));
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
		return node("bubble", "width:" + width + ";", null, sections);
	}

	/**
	 * @param parentLayout the box it sits in decides what {@code flex}, {@code margin}
	 * and {@code gravity} mean
	 * @param first the first child takes no margin, as in LINE
	 */
	private static Node component(JsonNode node, String parentLayout, boolean first) {
		String type = node.path("type").asString("");
		boolean horizontal = !"vertical".equals(parentLayout);
		FlexStyle style = new FlexStyle();
		int flex = Math.max(0, Math.min(node.path("flex").asInt(horizontal ? 1 : 0), 100));
		// In a row, flex 0 keeps the content's own width; a weight shares what is left.
		style.put("flex", (flex == 0) ? "0 0 auto" : flex + (horizontal ? " 1 0" : " 0 auto"));
		if (horizontal && flex > 0) {
			style.put("min-width", "0");
		}
		if (!first) {
			style.space(horizontal ? "margin-left" : "margin-top", node.path("margin"));
		}
		if (horizontal) {
			style.put("align-self", switch (node.path("gravity").asString("")) {
				case "top" -> "flex-start";
				case "center" -> "center";
				case "bottom" -> "flex-end";
				default -> null;
			});
		}
		style.position(node);
		Tap tap = node.has("action") ? Tap.of(node.path("action")) : null;
		return switch (type) {
			case "box" -> box(node, style, tap);
			case "text" -> text(node, style, tap);
			case "button" -> button(node, style);
			case "image" -> image(node, style, tap);
			case "icon" -> icon(node, style);
			case "separator" -> {
				String line = horizontal ? "border-left" : "border-top";
				style.put(line, "1px solid #e0e0e0").color(line + "-color", node.path("color"));
				yield node("separator", style.css(), null, List.of());
			}
			case "filler", "spacer" -> node("filler", style.css(), null, List.of());
			default -> new Node("unknown", style.css(), null, "[" + type + "]", null, null, null, List.of());
		};
	}

	private static Node box(JsonNode node, FlexStyle style, Tap tap) {
		String layout = node.path("layout").asString("vertical");
		style.put("display", "flex").put("flex-direction", "vertical".equals(layout) ? "column" : "row");
		if ("baseline".equals(layout)) {
			style.put("align-items", "baseline");
		}
		style.space("gap", node.path("spacing"))
			.color("background-color", node.path("backgroundColor"))
			.gradient(node.path("background"))
			.space("padding", node.path("paddingAll"))
			.space("padding-top", node.path("paddingTop"))
			.space("padding-bottom", node.path("paddingBottom"))
			.space("padding-left", node.path("paddingStart"))
			.space("padding-right", node.path("paddingEnd"))
			.space("border-radius", node.path("cornerRadius"))
			.border(node.path("borderWidth"), node.path("borderColor"))
			.length("width", node.path("width"))
			.length("max-width", node.path("maxWidth"))
			.length("height", node.path("height"))
			.length("max-height", node.path("maxHeight"))
			.alignment("justify-content", node.path("justifyContent"))
			.alignment("align-items", node.path("alignItems"));
		List<Node> children = new ArrayList<>();
		JsonNode contents = node.path("contents");
		for (int i = 0; i < contents.size(); i++) {
			children.add(component(contents.get(i), layout, i == 0));
		}
		return new Node("box", style.css(), layout, null, null, tap, null, children);
	}

	private static Node text(JsonNode node, FlexStyle style, Tap tap) {
		letters(node, style);
		boolean wrap = node.path("wrap").asBoolean(false);
		if (wrap) {
			style.put("white-space", "pre-wrap").put("overflow-wrap", "anywhere");
			int lines = node.path("maxLines").asInt(0);
			if (lines > 0) {
				style.put("display", "-webkit-box")
					.put("-webkit-box-orient", "vertical")
					.put("-webkit-line-clamp", Integer.toString(Math.min(lines, 100)))
					.put("overflow", "hidden");
			}
		}
		else {
			style.put("white-space", "nowrap").put("overflow", "hidden").put("text-overflow", "ellipsis");
		}
		String align = node.path("align").asString("");
		style.put("text-align", List.of("start", "end", "center").contains(align) ? align : null)
			.space("line-height", node.path("lineSpacing"));
		// Spans, when present, are the text; LINE ignores the text property then.
		List<Node> spans = new ArrayList<>();
		node.path("contents")
			.forEach((span) -> spans.add(new Node("span", letters(span, new FlexStyle()).css(), null,
					span.path("text").asString(""), null, null, null, List.of())));
		return new Node("text", style.css(), null, spans.isEmpty() ? node.path("text").asString("") : null, null, tap,
				null, spans);
	}

	/** What a text and its spans share: size, weight, colour, style, decoration. */
	private static FlexStyle letters(JsonNode node, FlexStyle style) {
		if (node.has("size") || "text".equals(node.path("type").asString(""))) {
			style.textSize(node.path("size"));
		}
		style.put("font-weight", "bold".equals(node.path("weight").asString("")) ? "bold" : null)
			.put("font-style", "italic".equals(node.path("style").asString("")) ? "italic" : null)
			.color("color", node.path("color"));
		String decoration = node.path("decoration").asString("");
		return style.put("text-decoration",
				List.of("underline", "line-through").contains(decoration) ? decoration : null);
	}

	private static Node button(JsonNode node, FlexStyle style) {
		String variant = node.path("style").asString("link");
		if (!List.of("primary", "secondary", "link").contains(variant)) {
			variant = "link";
		}
		style.color("link".equals(variant) ? "color" : "background-color", node.path("color"))
			.put("min-height", "sm".equals(node.path("height").asString("md")) ? "40px" : "52px");
		Tap tap = Tap.of(node.path("action"));
		return new Node("button", style.css(), variant, tap.label(), null, tap, null, List.of());
	}

	private static Node image(JsonNode node, FlexStyle style, Tap tap) {
		ratio(node, style.imageSize(node.path("size")));
		style.put("object-fit", "cover".equals(node.path("aspectMode").asString("fit")) ? "cover" : "contain")
			.color("background-color", node.path("backgroundColor"));
		return new Node("image", style.css(), null, null, https(node), tap, null, List.of());
	}

	private static Node icon(JsonNode node, FlexStyle style) {
		ratio(node, style.iconSize(node.path("size")));
		return new Node("icon", style.css(), null, null, https(node), null, null, List.of());
	}

	private static void ratio(JsonNode node, FlexStyle style) {
		String ratio = node.path("aspectRatio").asString("1:1");
		style.put("aspect-ratio", ratio.matches("\\d{1,5}:\\d{1,5}") ? ratio.replace(':', '/') : null);
	}

	/** LINE takes only HTTPS images; anything else is not drawn. */
	private static String https(JsonNode node) {
		String url = node.path("url").asString("");
		return url.startsWith("https://") ? url : null;
	}

	private static Node node(String type, String style, String variant, List<Node> children) {
		return new Node(type, style, variant, null, null, null, null, children);
	}

}
