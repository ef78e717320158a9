package tw.workshopbot.line;

import java.util.List;
import java.util.Optional;

import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuIdResponse;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;

import org.springframework.stereotype.Component;

import tw.workshopbot.line.LineApiCalls.Call;
import tw.workshopbot.line.LineApiCalls.Outcome;
import tw.workshopbot.richmenu.RichMenuPlan;
import tw.workshopbot.richmenu.RichMenus;

/**
 * The rich menu through the SDK: the menu to api.line.me, its image to api-data.line.me
 * (LINE_API_DATA_BASE_URL). A step LINE refuses stops the command with LINE's reason.
 */
@Component
class LineRichMenus implements RichMenus {

	private final MessagingApiClient client;

	private final MessagingApiBlobClient blobs;

	private final LineApiCalls calls;

	private final LineProperties line;

	LineRichMenus(MessagingApiClient client, MessagingApiBlobClient blobs, LineApiCalls calls, LineProperties line) {
		this.client = client;
		this.blobs = blobs;
		this.calls = calls;
		this.line = line;
	}

	@Override
	public String installAsDefault(RichMenuPlan plan, List<Tap> taps, byte[] png) {
		requireToken();
		List<RichMenuArea> areas = taps.stream()
			.map((tap) -> new RichMenuArea(
					new RichMenuBounds((long) tap.button().x(), (long) tap.button().y(), (long) tap.button().width(),
							(long) tap.button().height()),
					new PostbackAction(null, tap.data(), tap.displayText(), null, null, null)))
			.toList();
		RichMenuRequest request = new RichMenuRequest.Builder()
			.size(new RichMenuSize((long) plan.width(), (long) plan.height()))
			.selected(false)
			.name(plan.name())
			.chatBarText(plan.chatBarText())
			.areas(areas)
			.build();
		String id = succeeded("createRichMenu", this.calls.await("createRichMenu", this.client.createRichMenu(request)))
			.map(RichMenuIdResponse::richMenuId)
			.orElseThrow(() -> new IllegalStateException("LINE created a rich menu but sent no id"));
		succeeded("setRichMenuImage", this.calls.await("setRichMenuImage",
				this.blobs.setRichMenuImage(id, UploadFile.fromByteArray(png, "image/png"))));
		succeeded("setDefaultRichMenu", this.calls.await("setDefaultRichMenu", this.client.setDefaultRichMenu(id)));
		return id;
	}

	@Override
	public Optional<String> currentDefault() {
		requireToken();
		Call<RichMenuIdResponse> call = this.calls.await("getDefaultRichMenuId", this.client.getDefaultRichMenuId());
		if (call.status() == 404) {
			return Optional.empty(); // LINE's answer when no default is set
		}
		return succeeded("getDefaultRichMenuId", call).map(RichMenuIdResponse::richMenuId);
	}

	@Override
	public void delete(String richMenuId) {
		succeeded("deleteRichMenu", this.calls.await("deleteRichMenu", this.client.deleteRichMenu(richMenuId)));
	}

	private void requireToken() {
		if (!this.line.hasAccessToken()) {
			throw new IllegalStateException("LINE_CHANNEL_ACCESS_TOKEN is not set: the rich menu needs the channel");
		}
	}

	private static <T> Optional<T> succeeded(String operation, Call<T> call) {
		if (call.outcome() != Outcome.OK) {
			throw new IllegalStateException(
					"LINE refused " + operation + ": HTTP " + call.status() + " " + String.valueOf(call.error()));
		}
		return call.body();
	}

}
