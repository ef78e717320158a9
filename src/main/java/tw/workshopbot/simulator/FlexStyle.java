package tw.workshopbot.simulator;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Inline CSS for one Flex component, written only from what passes LINE's own shapes: its
 * keywords, pixel and percent lengths, {@code #RRGGBB(AA)} colours, angles in degrees. A
 * value of any other shape is dropped, so a message cannot carry CSS of its own into the
 * page.
 */
final class FlexStyle {

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");

	private static final Pattern LENGTH = Pattern.compile("\\d{1,4}(\\.\\d+)?px|\\d{1,3}(\\.\\d+)?%");

	/** A text or icon no larger than a screen: a bubble is at most 386 pixels wide. */
	private static final Pattern GLYPH = Pattern.compile("\\d{1,3}(\\.\\d+)?px");

	private static final Pattern ANGLE = Pattern.compile("\\d{1,3}(\\.\\d+)?deg");

	/** LINE's spacing, margin, padding and offset keywords, in pixels. */
	private static final Map<String, String> SPACES = Map.of("none", "0px", "xs", "2px", "sm", "4px", "md", "8px", "lg",
			"12px", "xl", "16px", "xxl", "20px");

	/** LINE's text and icon sizes, in pixels as its Android client draws them. */
	private static final Map<String, String> TEXT_SIZES = Map.ofEntries(Map.entry("xxs", "11px"),
			Map.entry("xs", "13px"), Map.entry("sm", "14px"), Map.entry("md", "16px"), Map.entry("lg", "19px"),
			Map.entry("xl", "22px"), Map.entry("xxl", "29px"), Map.entry("3xl", "35px"), Map.entry("4xl", "48px"),
			Map.entry("5xl", "74px"));

	/** LINE's image widths. */
	private static final Map<String, String> IMAGE_SIZES = Map.ofEntries(Map.entry("xxs", "40px"),
			Map.entry("xs", "60px"), Map.entry("sm", "80px"), Map.entry("md", "100px"), Map.entry("lg", "120px"),
			Map.entry("xl", "140px"), Map.entry("xxl", "160px"), Map.entry("3xl", "180px"), Map.entry("4xl", "200px"),
			Map.entry("5xl", "220px"), Map.entry("full", "100%"));

	private static final Map<String, String> BORDERS = Map.of("none", "0px", "light", "0.5px", "normal", "1px",
			"medium", "2px", "semi-bold", "3px", "bold", "4px");

	private static final List<String> ALIGNMENTS = List.of("flex-start", "center", "flex-end", "space-between",
			"space-around", "space-evenly");

	private final StringBuilder css = new StringBuilder();

	/** Writes {@code property:value;} when the value passed its check (is not null). */
	FlexStyle put(String property, String value) {
		if (value != null) {
			this.css.append(property).append(':').append(value).append(';');
		}
		return this;
	}

	FlexStyle color(String property, JsonNode value) {
		return put(property, color(value.asString("")));
	}

	/** A length from LINE's spacing keywords or in pixels or percent. */
	FlexStyle space(String property, JsonNode value) {
		return put(property, space(value.asString("")));
	}

	FlexStyle length(String property, JsonNode value) {
		String given = value.asString("");
		return put(property, LENGTH.matcher(given).matches() ? given : null);
	}

	FlexStyle textSize(JsonNode value) {
		return put("font-size", size(TEXT_SIZES, GLYPH, value, "16px"));
	}

	FlexStyle iconSize(JsonNode value) {
		return put("height", size(TEXT_SIZES, GLYPH, value, "16px"));
	}

	FlexStyle imageSize(JsonNode value) {
		return put("width", size(IMAGE_SIZES, LENGTH, value, "100px")).put("max-width", "100%");
	}

	FlexStyle border(JsonNode width, JsonNode color) {
		String given = width.asString("");
		String pixels = BORDERS.containsKey(given) ? BORDERS.get(given) : space(given);
		if (pixels == null) {
			return this;
		}
		String shade = color(color.asString(""));
		return put("border", pixels + " solid " + ((shade != null) ? shade : "#000000"));
	}

	/** LINE's {@code justifyContent} and {@code alignItems} keywords are CSS's own. */
	FlexStyle alignment(String property, JsonNode value) {
		String given = value.asString("");
		return put(property, ALIGNMENTS.contains(given) ? given : null);
	}

	/** A box's {@code background} of type {@code linearGradient}. */
	FlexStyle gradient(JsonNode background) {
		if (!"linearGradient".equals(background.path("type").asString(""))) {
			return this;
		}
		String angle = background.path("angle").asString("0deg");
		String start = color(background.path("startColor").asString(""));
		String end = color(background.path("endColor").asString(""));
		String center = color(background.path("centerColor").asString(""));
		if (!ANGLE.matcher(angle).matches() || start == null || end == null) {
			return this;
		}
		// LINE measures the angle from the bottom, clockwise, as CSS does.
		return put("background",
				"linear-gradient(" + angle + "," + start + ((center != null) ? "," + center : "") + "," + end + ")");
	}

	/**
	 * {@code position} and the four offsets; an absolute component is placed against its
	 * box, which the page's CSS makes {@code position:relative}.
	 */
	FlexStyle position(JsonNode node) {
		boolean absolute = "absolute".equals(node.path("position").asString(""));
		FlexStyle offsets = new FlexStyle().space("top", node.path("offsetTop"))
			.space("bottom", node.path("offsetBottom"))
			.space("left", node.path("offsetStart"))
			.space("right", node.path("offsetEnd"));
		if (absolute) {
			put("position", "absolute");
		}
		else if (!offsets.css.isEmpty()) {
			put("position", "relative");
		}
		this.css.append(offsets.css);
		return this;
	}

	String css() {
		return this.css.toString();
	}

	static String space(String keyword) {
		if (SPACES.containsKey(keyword)) {
			return SPACES.get(keyword);
		}
		return LENGTH.matcher(keyword).matches() ? keyword : null;
	}

	private static String color(String value) {
		return COLOR.matcher(value).matches() ? value : null;
	}

	private static String size(Map<String, String> keywords, Pattern lengths, JsonNode value, String otherwise) {
		String given = value.asString("");
		if (keywords.containsKey(given)) {
			return keywords.get(given);
		}
		return lengths.matcher(given).matches() ? given : otherwise;
	}

}
