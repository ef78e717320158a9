package tw.workshopbot.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A LINE message object as the page shows it, read from the JSON the bot sent: text with
 * its links, Flex bubbles and carousels, buttons and confirm templates, and the quick
 * replies under the last message. Everything the page prints is text the template
 * escapes; styles are built here only from values checked against LINE's keywords and
 * colour shape, so a message cannot smuggle markup or CSS into the page.
 *
 * @param kind {@code text}, {@code flex}, {@code template} or {@code other}
 * @param segments the text, cut where a link starts and ends
 * @param flex the Flex container (a bubble, or a carousel of bubbles)
 * @param actions a template's buttons
 */
public record MessageView(String kind, List<Segment> segments, Node flex, String altText, List<Tap> actions,
		List<Tap> quickReplies) {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	/**
	 * A piece of text, a link when {@code href} is set.
	 *
	 * @param link where a tap on it leads in the simulator, once resolved (an
	 * {@code oaMessage} or {@code share} address in a text works as in LINE)
	 */
	public record Segment(String text, String href, TapLinks.TapView link) {

		Segment withLink(Function<Tap, TapLinks.TapView> links) {
			return (this.href == null) ? this : new Segment(this.text, this.href,
					links.apply(new Tap("uri", this.text, null, null, null, this.href)));
		}

	}

	/**
	 * What a tap does.
	 *
	 * @param type {@code postback}, {@code message}, {@code uri} or another LINE action
	 */
	public record Tap(String type, String label, String data, String displayText, String text, String uri) {

		static Tap of(JsonNode action) {
			return new Tap(action.path("type").asString(""), action.path("label").asString(""),
					nullable(action, "data"), nullable(action, "displayText"), nullable(action, "text"),
					nullable(action, "uri"));
		}

	}

	/**
	 * One Flex component.
	 *
	 * @param type {@code carousel}, {@code bubble}, {@code section} (a bubble's header,
	 * hero, body or footer), {@code box}, {@code text}, {@code button}, {@code image},
	 * {@code separator}, {@code filler} or {@code unknown}
	 * @param style inline CSS built from checked values only
	 * @param variant a button's style ({@code primary}, {@code secondary}, {@code link})
	 */
	public record Node(String type, String style, String variant, String text, String src, Tap tap,
			TapLinks.TapView link, List<Node> children) {

		/** The same tree with each tap resolved to what the page does with it. */
		Node withLinks(Function<Tap, TapLinks.TapView> links) {
			return new Node(this.type, this.style, this.variant, this.text, this.src, this.tap,
					(this.tap != null) ? links.apply(this.tap) : null,
					this.children.stream().map((child) -> child.withLinks(links)).toList());
		}

	}

	/** With the Flex components' taps resolved to what the page does. */
	MessageView withLinks(Function<Tap, TapLinks.TapView> links) {
		return new MessageView(this.kind, this.segments.stream().map((segment) -> segment.withLink(links)).toList(),
				(this.flex != null) ? this.flex.withLinks(links) : null, this.altText, this.actions, this.quickReplies);
	}

	static MessageView of(JsonNode message) {
		List<Tap> quick = new ArrayList<>();
		message.path("quickReply").path("items").forEach((item) -> quick.add(Tap.of(item.path("action"))));
		String type = message.path("type").asString("");
		String alt = message.path("altText").asString("");
		return switch (type) {
			case "text" ->
				new MessageView("text", segments(message.path("text").asString("")), null, null, List.of(), quick);
			case "flex" -> new MessageView("flex", List.of(), FlexReading.container(message.path("contents")), alt,
					List.of(), quick);
			case "template" -> {
				List<Tap> actions = new ArrayList<>();
				message.path("template").path("actions").forEach((action) -> actions.add(Tap.of(action)));
				String text = message.path("template").path("text").asString("");
				String title = message.path("template").path("title").asString("");
				yield new MessageView("template", segments(title.isEmpty() ? text : title + "\n" + text), null, alt,
						actions, quick);
			}
			default -> new MessageView("other", segments("[" + type + "] " + alt), null, alt, List.of(), quick);
		};
	}

	/** The text, with each http(s) address as a link. */
	static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		Matcher link = LINK.matcher(text);
		int from = 0;
		while (link.find()) {
			if (link.start() > from) {
				segments.add(new Segment(text.substring(from, link.start()), null, null));
			}
			segments.add(new Segment(link.group(), link.group(), null));
			from = link.end();
		}
		if (from < text.length()) {
			segments.add(new Segment(text.substring(from), null, null));
		}
		return segments;
	}

	private static String nullable(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

}
