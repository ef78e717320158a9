package tw.workshopbot.line;

import java.util.Optional;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.GroupSummaryResponse;

import org.springframework.stereotype.Component;

import tw.workshopbot.group.GroupDirectory;

@Component
class LineGroupDirectory implements GroupDirectory {

	private final MessagingApiClient client;

	private final LineApiCalls calls;

	private final LineProperties properties;

	LineGroupDirectory(MessagingApiClient client, LineApiCalls calls, LineProperties properties) {
		this.client = client;
		this.calls = calls;
		this.properties = properties;
	}

	@Override
	public Optional<String> nameOf(String groupId) {
		if (!this.properties.hasAccessToken()) {
			this.calls.count("groupSummary", LineApiCalls.Outcome.UNCONFIGURED);
			return Optional.empty();
		}
		return this.calls.await("groupSummary", this.client.getGroupSummary(groupId))
			.body()
			.map(GroupSummaryResponse::groupName);
	}

}
