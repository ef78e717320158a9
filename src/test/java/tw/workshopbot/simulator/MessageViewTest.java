package tw.workshopbot.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.simulator.MessageView.Node;

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
		assertThat(row.children().get(0).style()).startsWith("flex:0 1 0;");
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

}
