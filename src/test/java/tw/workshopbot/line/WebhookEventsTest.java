package tw.workshopbot.line;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.chat.Followers;
import tw.workshopbot.group.GroupRecord;
import tw.workshopbot.group.Groups;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of event LINE sends gets a 200 and the behaviour a person in the chat would
 * see.
 */
class WebhookEventsTest extends IntegrationTest {

	private static final String GROUP = "C4af4980629abcdefabcdefabcdef0001";

	@Autowired
	private Groups groups;

	@Autowired
	private Followers followers;

	@Test
	void greetsANewFollowerAndMarksThemReachable() {
		WebhookEvent follow = WebhookEvent.fixture("follow");

		assertThat(this.webhook.deliver(follow).statusCode()).isEqualTo(200);

		ServeEvent reply = awaitOne("/v2/bot/message/reply");
		assertThat(reply.getRequest().getBodyAsString()).contains(follow.replyToken()).contains("工作坊小幫手");
		assertThat(this.followers.find("U3d3edab4f36c6292e6d8a8131f141b8b"))
			.hasValueSatisfying((reachability) -> assertThat(reachability.reachable()).isTrue());
	}

	@Test
	void marksABlockingUserUnreachableAndSaysNothing() {
		Instant followedAt = Instant.now().minusSeconds(60);
		this.webhook.deliver(WebhookEvent.fixture("follow").at(followedAt));
		awaitOne("/v2/bot/message/reply");

		assertThat(this.webhook.deliver(WebhookEvent.fixture("unfollow")).statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(this.followers.find("U3d3edab4f36c6292e6d8a8131f141b8b"))
			.hasValueSatisfying((reachability) -> assertThat(reachability.reachable()).isFalse()));
		assertThat(LineApi.requests()).hasSize(1);
	}

	@Test
	void aLateRedeliveredFollowDoesNotUndoANewerUnfollow() {
		Instant now = Instant.now();
		this.webhook.deliver(WebhookEvent.fixture("unfollow").at(now));
		this.webhook.deliver(WebhookEvent.fixture("follow").at(now.minusSeconds(300)).redelivered());

		awaitOne("/v2/bot/message/reply"); // still greeted: its reply token lives 20
											// minutes
		assertThat(this.followers.find("U3d3edab4f36c6292e6d8a8131f141b8b"))
			.hasValueSatisfying((reachability) -> assertThat(reachability.reachable()).isFalse());
	}

	@Test
	void introducesItselfInAJoinedGroupAndRecordsTheGroupByName() {
		WebhookEvent join = WebhookEvent.fixture("join");

		assertThat(this.webhook.deliver(join).statusCode()).isEqualTo(200);

		ServeEvent reply = awaitOne("/v2/bot/message/reply");
		assertThat(reply.getRequest().getBodyAsString()).contains(join.replyToken()).contains("不會詢問任何個人資料");
		assertThat(LineApi.requestsTo("/v2/bot/group/" + GROUP + "/summary")).hasSize(1);
		GroupRecord group = this.groups.find(GROUP).orElseThrow();
		assertThat(group.name()).isEqualTo(LineApi.GROUP_NAME);
		assertThat(group.present()).isTrue();
	}

	@Test
	void marksTheGroupGoneWhenRemoved() {
		this.webhook.deliver(WebhookEvent.fixture("join").at(Instant.now().minusSeconds(10)));
		awaitOne("/v2/bot/message/reply");

		assertThat(this.webhook.deliver(WebhookEvent.fixture("leave")).statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(this.groups.find(GROUP).orElseThrow().present()).isFalse());
		assertThat(this.groups.all()).extracting(GroupRecord::name).containsExactly(LineApi.GROUP_NAME);
	}

	@Test
	void answersSignUpInTheOneToOneChatEvenWhenNoWorkshopIsOpen() {
		WebhookEvent text = WebhookEvent.text("U1to1", "報名");

		assertThat(this.webhook.deliver(text).statusCode()).isEqualTo(200);

		String body = awaitOne("/v2/bot/message/reply").getRequest().getBodyAsString();
		assertThat(body).contains(text.replyToken()).contains("目前沒有開放報名").contains("No workshop is open");
	}

	@Test
	void asksForTextWhenSentAnImageOrSticker() {
		this.webhook.deliver(WebhookEvent.fixture("message-image"));
		this.webhook.deliver(WebhookEvent.fixture("message-sticker").fromUser("Uother"));

		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(2));
		assertThat(LineApi.requestsTo("/v2/bot/message/reply"))
			.allSatisfy((reply) -> assertThat(reply.getRequest().getBodyAsString()).contains("只看得懂文字訊息"));
	}

	@Test
	void answersAPostbackInTheOneToOneChat() {
		WebhookEvent postback = WebhookEvent.fixture("postback");

		assertThat(this.webhook.deliver(postback).statusCode()).isEqualTo(200);

		assertThat(awaitOne("/v2/bot/message/reply").getRequest().getBodyAsString()).contains(postback.replyToken());
	}

	@Test
	void staysQuietInGroupsForTextsMembersJoiningUnsendsAndUnknownTypes() {
		WebhookEvent withoutUser = WebhookEvent.text("ignored", "大家好").inGroup(GROUP, null);
		WebhookEvent withUser = WebhookEvent.text("ignored", "收到").inGroup(GROUP, "U4af4980629abcdefabcdefabcdef0001");

		var response = this.webhook.deliver(withoutUser, withUser, WebhookEvent.fixture("member-joined"),
				WebhookEvent.fixture("unsend"), WebhookEvent.fixture("message-edited"));

		assertThat(response.statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(nothingPending()).isTrue());
		assertThat(this.redis.keys("wb:inbox:*:dead")).isEmpty();
		assertThat(LineApi.requests()).isEmpty();
	}

	@Test
	void handlesLinesSamplePayloadsThatHaveNoEventIdNorDeliveryContext() {
		WebhookEvent sample = WebhookEvent.fixture("sample-without-ids");

		assertThat(this.webhook.deliver(sample).statusCode()).isEqualTo(200);
		assertThat(this.webhook.deliver(sample).statusCode()).isEqualTo(200);

		// Without an id an event cannot be recognised again: both deliveries are handled.
		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(2));
	}

	@Test
	void neverAnswersStandbyEvents() {
		WebhookEvent standby = WebhookEvent.text("Ustandby", "hello").standby();
		WebhookEvent marker = WebhookEvent.text("Ustandby", "after");

		this.webhook.deliver(standby, marker);

		// The marker comes after the standby event in the same chat, so once it is
		// answered the
		// standby event was handled, silently.
		ServeEvent only = awaitOne("/v2/bot/message/reply");
		assertThat(only.getRequest().getBodyAsString()).contains(marker.replyToken());
		assertThat(LineApi.requestsTo("/v2/bot/message")).hasSize(1);
	}

	private static ServeEvent awaitOne(String path) {
		await().untilAsserted(() -> assertThat(LineApi.requestsTo(path)).hasSize(1));
		List<ServeEvent> requests = LineApi.requestsTo(path);
		return requests.get(0);
	}

}
