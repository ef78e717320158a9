package tw.workshopbot.line;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.BotInfoResponse;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotAccount;

/** The bot's basic ID, asked of LINE once: it does not change while the channel lives. */
@Component
class LineBotAccount implements BotAccount {

	private final MessagingApiClient client;

	private final LineApiCalls calls;

	private final LineProperties properties;

	private final AtomicReference<String> basicId = new AtomicReference<>();

	LineBotAccount(MessagingApiClient client, LineApiCalls calls, LineProperties properties) {
		this.client = client;
		this.calls = calls;
		this.properties = properties;
	}

	@Override
	public Optional<String> basicId() {
		String known = this.basicId.get();
		if (known != null) {
			return Optional.of(known);
		}
		if (!this.properties.hasAccessToken()) {
			this.calls.count("botInfo", LineApiCalls.Outcome.UNCONFIGURED);
			return Optional.empty();
		}
		Optional<String> asked = this.calls.await("botInfo", this.client.getBotInfo())
			.body()
			.map(BotInfoResponse::basicId);
		asked.ifPresent(this.basicId::set);
		return asked;
	}

}
