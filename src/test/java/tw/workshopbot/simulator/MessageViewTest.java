package tw.workshopbot.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.simulator.MessageView.Node;
import tw.workshopbot.support.LineRequestValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's reading of LINE message objects, on bubbles shaped like the Flex samples of
 * LINE's documentation (a receipt-like body: a horizontal box of two texts with flex
 * weights, a separator, a footer of buttons in their styles).
 */
class MessageViewTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static MessageView read(String json) {
		return MessageView.of(JSON.readTree(json));
	}

	@Test
	void aBubbleKeepsItsBoxesFlexWeightsTextStylesAndButtonStyles() {
		MessageView view = read(
				"""
						{"type": "flex", "altText": "收據", "contents": {"type": "bubble", "size": "kilo",
						  "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": [
						    {"type": "text", "text": "RECEIPT", "weight": "bold", "color": "#1DB446", "size": "sm"},
						    {"type": "separator", "margin": "xxl"},
						    {"type": "box", "layout": "horizontal", "margin": "lg", "contents": [
						      {"type": "text", "text": "Energy Drink", "size": "sm", "color": "#555555", "flex": 0},
						      {"type": "text", "text": "$2.99", "size": "sm", "align": "end", "flex": 3, "wrap": true}]}]},
						  "footer": {"type": "box", "layout": "vertical", "contents": [
						    {"type": "button", "style": "primary", "action": {"type": "postback", "label": "簽到", "data": "t=簽到", "displayText": "簽到"}},
						    {"type": "button", "style": "link", "height": "sm", "action": {"type": "uri", "label": "直播", "uri": "https://youtu.be/x"}}]}}}""");

		Node bubble = view.flex();
		assertThat(bubble.type()).isEqualTo("bubble");
		assertThat(bubble.style()).contains("width:260px");
		Node body = bubble.children().get(0).children().get(0);
		assertThat(body.style()).contains("flex-direction:column", "gap:8px");
		Node title = body.children().get(0);
		assertThat(title.style()).contains("font-size:14px", "font-weight:bold", "color:#1DB446", "white-space:nowrap");
		assertThat(body.children().get(1).style()).contains("margin-top:20px", "border-top:1px solid");
		Node row = body.children().get(2);
		assertThat(row.style()).contains("flex-direction:row", "margin-top:12px");
		assertThat(row.children().get(0).style()).startsWith("flex:0 0 auto;");
		assertThat(row.children().get(1).style()).contains("flex:3 1 0;", "text-align:end", "white-space:pre-wrap")
			.doesNotContain("margin-left");
		Node footer = bubble.children().get(1).children().get(0);
		assertThat(footer.children()).extracting(Node::variant).containsExactly("primary", "link");
		assertThat(footer.children().get(0).tap().displayText()).isEqualTo("簽到");
		assertThat(footer.children().get(1).style()).contains("min-height:40px");
	}

	@Test
	void aCarouselIsItsBubblesSideBySide() {
		MessageView view = read(
				"""
						{"type": "flex", "altText": "選單", "contents": {"type": "carousel", "contents": [
						  {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "一"}]}},
						  {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "二"}]}}]}}""");

		assertThat(view.flex().type()).isEqualTo("carousel");
		assertThat(view.flex().children()).hasSize(2)
			.allSatisfy((bubble) -> assertThat(bubble.style()).contains("300px"));
	}

	@Test
	void valuesOutsideLinesKeywordsAndColourShapeNeverReachTheStyle() {
		MessageView view = read(
				"""
						{"type": "flex", "altText": "x", "contents": {"type": "bubble", "body": {"type": "box", "layout": "vertical",
						  "backgroundColor": "red;background:url(https://evil)", "spacing": "1em;position:fixed", "contents": [
						    {"type": "text", "text": "<script>alert(1)</script>", "color": "#fff;x", "size": "9999px"}]}}}""");

		Node body = view.flex().children().get(0).children().get(0);
		assertThat(body.style()).doesNotContain("evil", "position", "background");
		Node text = body.children().get(0);
		assertThat(text.style()).doesNotContain("#fff").contains("font-size:16px");
		assertThat(text.text()).isEqualTo("<script>alert(1)</script>"); // the template
																		// escapes it
	}

	@Test
	void textKeepsItsLinksAndQuickRepliesTheirActions() {
		MessageView view = read(
				"""
						{"type": "text", "text": "連結：https://www.youtube.com/watch?v=abc 請準時",
						 "quickReply": {"items": [{"type": "action", "action": {"type": "message", "label": "報名", "text": "報名"}}]}}""");

		assertThat(view.segments()).extracting(MessageView.Segment::href)
			.containsExactly(null, "https://www.youtube.com/watch?v=abc", null);
		assertThat(view.quickReplies()).extracting(MessageView.Tap::text).containsExactly("報名");
	}

	@Test
	void aConfirmTemplateShowsItsTextAndBothActions() {
		MessageView view = read(
				"""
						{"type": "template", "altText": "確認", "template": {"type": "confirm", "text": "確定取消？", "actions": [
						  {"type": "postback", "label": "是", "data": "yes"}, {"type": "postback", "label": "否", "data": "no"}]}}""");

		assertThat(view.kind()).isEqualTo("template");
		assertThat(view.segments().get(0).text()).isEqualTo("確定取消？");
		assertThat(view.actions()).extracting(MessageView.Tap::label).containsExactly("是", "否");
	}

	/**
	 * The shape of LINE's hotel sample: a full-bleed cover image, and over it a box
	 * placed at the bottom by offsets, with a row of star icons and a struck-through
	 * price.
	 */
	@Test
	void anAbsoluteBoxOverAnImageKeepsItsOffsetsIconsAndDecoration() {
		String json = """
				{"type": "flex", "altText": "場地", "contents": {"type": "bubble",
				  "body": {"type": "box", "layout": "vertical", "paddingAll": "0px", "contents": [
				    {"type": "image", "url": "https://example.org/hall.jpg", "size": "full", "aspectMode": "cover", "aspectRatio": "1:1"},
				    {"type": "box", "layout": "vertical", "position": "absolute", "offsetBottom": "0px", "offsetStart": "0px",
				     "offsetEnd": "0px", "paddingAll": "20px", "backgroundColor": "#00000080", "contents": [
				      {"type": "text", "text": "西屯區公所 大禮堂", "size": "xl", "color": "#ffffff"},
				      {"type": "box", "layout": "baseline", "spacing": "xs", "contents": [
				        {"type": "icon", "url": "https://example.org/star.png"},
				        {"type": "icon", "url": "https://example.org/star.png", "size": "lg", "aspectRatio": "2:1"},
				        {"type": "text", "text": "4.0", "color": "#a9a9a9", "flex": 0},
				        {"type": "text", "text": "120 席", "decoration": "line-through", "size": "sm", "align": "end"}]}]}]}}}""";
		assertLineShaped(json);

		Node section = read(json).flex().children().get(0);
		assertThat(section.style()).contains("padding:0;");
		Node body = section.children().get(0);
		assertThat(body.style()).contains("padding:0px;");
		Node image = body.children().get(0);
		assertThat(image.style()).contains("width:100%;", "aspect-ratio:1/1;", "object-fit:cover;");
		Node overlay = body.children().get(1);
		assertThat(overlay.style())
			.contains("position:absolute;", "bottom:0px;", "left:0px;", "right:0px;", "padding:20px;",
					"background-color:#00000080;")
			.doesNotContain("top:");
		Node stars = overlay.children().get(1);
		assertThat(stars.style()).contains("align-items:baseline;", "gap:2px;");
		assertThat(stars.children()).extracting(Node::type).containsExactly("icon", "icon", "text", "text");
		assertThat(stars.children().get(0).style()).contains("height:16px;", "aspect-ratio:1/1;");
		assertThat(stars.children().get(1).style()).contains("height:19px;", "aspect-ratio:2/1;");
		assertThat(stars.children().get(2).style()).startsWith("flex:0 0 auto;");
		assertThat(stars.children().get(3).style()).contains("text-decoration:line-through;", "font-size:14px;",
				"text-align:end;");
	}

	/**
	 * The shape of LINE's transit sample: fixed-size boxes with corners and borders, a
	 * gradient, centred by gravity in a row, and text made of spans.
	 */
	@Test
	void sizedBordersGradientsGravityAndSpansAreDrawnAsLineDrawsThem() {
		String json = """
				{"type": "flex", "altText": "路線", "contents": {"type": "bubble", "size": "giga",
				  "header": {"type": "box", "layout": "vertical", "background": {"type": "linearGradient", "angle": "90deg",
				    "startColor": "#0367D3", "endColor": "#0D8186"}, "contents": [{"type": "text", "text": "FROM 市政府"}]},
				  "body": {"type": "box", "layout": "horizontal", "spacing": "lg", "contents": [
				    {"type": "text", "text": "20:30", "size": "sm", "gravity": "center", "flex": 1},
				    {"type": "box", "layout": "vertical", "width": "12px", "height": "12px", "cornerRadius": "30px",
				     "borderWidth": "2px", "borderColor": "#EF454D", "flex": 0, "gravity": "center", "contents": [{"type": "filler"}]},
				    {"type": "text", "size": "sm", "flex": 4, "wrap": true, "maxLines": 2, "contents": [
				      {"type": "span", "text": "捷運", "weight": "bold", "color": "#EF454D"},
				      {"type": "span", "text": " 市政府站", "style": "italic"}]}]}}}""";
		assertLineShaped(json);

		Node bubble = read(json).flex();
		assertThat(bubble.style()).contains("width:386px");
		Node header = bubble.children().get(0).children().get(0);
		assertThat(header.style()).contains("background:linear-gradient(90deg,#0367D3,#0D8186);");
		Node row = bubble.children().get(1).children().get(0);
		assertThat(row.children().get(0).style()).contains("align-self:center;", "flex:1 1 0;");
		assertThat(row.children().get(1).style()).contains("width:12px;", "height:12px;", "border-radius:30px;",
				"border:2px solid #EF454D;", "flex:0 0 auto;", "align-self:center;");
		Node spans = row.children().get(2);
		assertThat(spans.text()).isNull();
		assertThat(spans.style()).contains("-webkit-line-clamp:2;");
		assertThat(spans.children()).extracting(Node::text).containsExactly("捷運", " 市政府站");
		assertThat(spans.children().get(0).style()).contains("font-weight:bold;", "color:#EF454D;")
			.doesNotContain("font-size");
		assertThat(spans.children().get(1).style()).contains("font-style:italic;");
	}

	@Test
	void gradientsOffsetsAndBordersOfAnyOtherShapeAreDropped() {
		Node body = read(
				"""
						{"type": "flex", "altText": "x", "contents": {"type": "bubble", "body": {"type": "box", "layout": "vertical",
						  "background": {"type": "linearGradient", "angle": "90deg);background:url(https://evil", "startColor": "#000000", "endColor": "#ffffff"},
						  "borderWidth": "1px;position:fixed", "offsetTop": "calc(100vh)", "width": "100vw", "contents": [
						    {"type": "image", "url": "javascript:alert(1)"}]}}}""")
			.flex()
			.children()
			.get(0)
			.children()
			.get(0);
		assertThat(body.style()).doesNotContain("evil", "fixed", "calc", "vw", "gradient", "border", "top");
		assertThat(body.children().get(0).src()).isNull();
	}

	/** The sample is a message LINE would take, by its own spec. */
	private static void assertLineShaped(String message) {
		if (!LineRequestValidator.specAvailable()) {
			System.out.println(
					"MessageViewTest: ../shared/line-openapi is absent; the samples are not checked against LINE's spec");
			return;
		}
		String push = "{\"to\":\"U" + "0".repeat(32) + "\",\"messages\":[" + message + "]}";
		assertThat(
				LineRequestValidator.problems(
						"POST", "/v2/bot/message/push", java.util.Map.of("Content-Type",
								java.util.List.of("application/json"), "Authorization", java.util.List.of("Bearer x")),
						push))
			.isEmpty();
	}

}
