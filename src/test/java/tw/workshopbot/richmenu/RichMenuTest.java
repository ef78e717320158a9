package tw.workshopbot.richmenu;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.WebhookEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --rich-menu} against WireMock as LINE, and each of its buttons in the chat. */
class RichMenuTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private RichMenuCommand command;

	@BeforeEach
	void lineHasNoMenuYet() {
		LineApi.stubRichMenus();
	}

	@Test
	void theCommandCreatesTheSixButtonMenuUploadsItsImageAndMakesItTheDefault() throws IOException {
		this.command.run(new DefaultApplicationArguments("--rich-menu"));

		JsonNode menu = createdMenu();
		List<String> shown = new ArrayList<>();
		menu.path("areas").forEach((area) -> shown.add(area.path("action").path("displayText").asString()));
		assertThat(shown).containsExactly("報名", "我的報名", "簽到", "簽退", "直播連結", "說明");
		assertThat(menu.path("chatBarText").asString()).isEqualTo("選單 Menu");
		ServeEvent upload = LineApi.requestsTo("/v2/bot/richmenu/" + LineApi.RICH_MENU_ID + "/content").get(0);
		assertThat(upload.getRequest().getHeader("Content-Type")).startsWith("image/png");
		byte[] png = upload.getRequest().getBody();
		assertThat(png.length).isLessThanOrEqualTo(1024 * 1024);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(menu.path("size").path("width").asInt());
		assertThat(image.getHeight()).isEqualTo(menu.path("size").path("height").asInt());
		assertThat(LineApi.requestsTo("/v2/bot/user/all/richmenu/" + LineApi.RICH_MENU_ID)).hasSize(1);
	}

	@Test
	void runningItAgainReplacesTheDefaultMenuAndDeletesTheOldOne() {
		LineApi.server()
			.stubFor(get(urlPathEqualTo("/v2/bot/user/all/richmenu"))
				.willReturn(okJson("{\"richMenuId\":\"richmenu-old\"}")));
		LineApi.server()
			.stubFor(delete(urlPathEqualTo("/v2/bot/richmenu/richmenu-old")).willReturn(aResponse().withStatus(200)));

		assertThat(this.command.install()).isEqualTo(LineApi.RICH_MENU_ID);

		assertThat(LineApi.requestsTo("/v2/bot/richmenu/richmenu-old")).singleElement()
			.satisfies((deleted) -> assertThat(deleted.getRequest().getMethod().getName()).isEqualTo("DELETE"));
	}

	@Test
	void theBotStartedWithoutTheOptionLeavesTheMenuAlone() {
		this.command.run(new DefaultApplicationArguments());

		assertThat(LineApi.requests())
			.noneSatisfy((event) -> assertThat(event.getRequest().getUrl()).contains("richmenu"));
	}

	@Test
	void aMenuLineRefusesStopsTheCommandWithLinesReasonAndUploadsNothing() {
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/richmenu")).willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\":\"The request body has 1 error(s)\"}")));

		assertThatThrownBy(this.command::install).hasMessageContaining("createRichMenu").hasMessageContaining("400");
		assertThat(LineApi.requestsTo("/v2/bot/richmenu/" + LineApi.RICH_MENU_ID + "/content")).isEmpty();
	}

	@Test
	void eachButtonIsAnsweredLikeTheTypedCommand() {
		this.command.install();
		List<String> data = new ArrayList<>();
		createdMenu().path("areas").forEach((area) -> data.add(area.path("action").path("data").asString()));
		ChatUser person = new ChatUser("Umenu0001", this.webhook, new StringBuilder());

		assertThat(person.sends(WebhookEvent.postback(person.userId(), data.get(0))).text()).contains("目前沒有開放報名");
		assertThat(person.sends(WebhookEvent.postback(person.userId(), data.get(1))).text()).contains("沒有任何報名");
		assertThat(person.sends(WebhookEvent.postback(person.userId(), data.get(2))).text()).contains("簽到");
		assertThat(person.sends(WebhookEvent.postback(person.userId(), data.get(3))).text()).contains("簽退");
		assertThat(person.sends(WebhookEvent.postback(person.userId(), data.get(4))).text()).contains("直播連結");
		assertThat(person.sends(WebhookEvent.postback(person.userId(), data.get(5))).text()).contains("我可以幫您", "幫同事報名",
				"刪除我的資料");
	}

	private static JsonNode createdMenu() {
		List<ServeEvent> created = LineApi.requestsTo("/v2/bot/richmenu")
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals("/v2/bot/richmenu"))
			.toList();
		assertThat(created).hasSize(1);
		return JSON.readTree(created.get(0).getRequest().getBodyAsString());
	}

}
