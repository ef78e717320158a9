package tw.workshopbot.line;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.GroupMemberCountResponse;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.QuotaConsumptionResponse;
import com.linecorp.bot.messaging.model.QuotaType;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.Outbox.Endpoint;
import tw.workshopbot.chat.Outbox;
import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.line.LineApiCalls.Call;
import tw.workshopbot.line.LineApiCalls.Outcome;

/**
 * Deliveries through the SDK. Bodies are written by the SDK's own mapper and read back
 * into its request types for each attempt, which the SDK writes out again unchanged: the
 * retry carries the stored request byte for byte.
 */
@Component
class LineOutbox implements Outbox {

	private final ObjectMapper sdkJson = ModelObjectMapper.createNewObjectMapper();

	private final MessagingApiClient client;

	private final LineApiCalls calls;

	private final LineProperties properties;

	private final ChannelRateLimits limits;

	LineOutbox(MessagingApiClient client, LineApiCalls calls, LineProperties properties, ChannelRateLimits limits) {
		this.client = client;
		this.calls = calls;
		this.properties = properties;
		this.limits = limits;
	}

	@Override
	public String pushBody(String groupId, List<BotMessage> messages) {
		return write(new PushMessageRequest(groupId, LineMessages.of(messages), false, null));
	}

	@Override
	public String multicastBody(List<String> userIds, List<BotMessage> messages) {
		return write(new MulticastRequest(LineMessages.of(messages), userIds, false, null));
	}

	@Override
	public CompletableFuture<Sent> send(Endpoint endpoint, UUID retryKey, String body) {
		if (!this.properties.hasAccessToken()) {
			this.calls.count(endpoint == Endpoint.PUSH ? "push" : "multicast", Outcome.UNCONFIGURED);
			return CompletableFuture
				.completedFuture(new Sent(Verdict.REFUSED, 0, "LINE_CHANNEL_ACCESS_TOKEN is not set"));
		}
		try {
			(endpoint == Endpoint.PUSH ? this.limits.pushes() : this.limits.multicasts()).asBlocking().consume(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return CompletableFuture.completedFuture(new Sent(Verdict.TRY_AGAIN, 0, "interrupted"));
		}
		catch (RuntimeException ex) {
			// Redis, which keeps the shared buckets, did not answer: nothing was sent,
			// and
			// the pump tries again as it does after any other fault.
			return CompletableFuture.completedFuture(new Sent(Verdict.TRY_AGAIN, 0, "rate limit not reachable"));
		}
		try {
			if (endpoint == Endpoint.PUSH) {
				return this.calls
					.whenDone("push",
							this.client.pushMessage(retryKey, this.sdkJson.readValue(body, PushMessageRequest.class)))
					.thenApply(LineOutbox::sent);
			}
			return this.calls
				.whenDone("multicast",
						this.client.multicast(retryKey, this.sdkJson.readValue(body, MulticastRequest.class)))
				.thenApply(LineOutbox::sent);
		}
		catch (JsonProcessingException ex) {
			return CompletableFuture.completedFuture(new Sent(Verdict.REFUSED, 0, "stored body unreadable"));
		}
	}

	@Override
	public CompletableFuture<OptionalLong> remainingQuota() {
		if (!this.properties.hasAccessToken()) {
			return CompletableFuture.completedFuture(OptionalLong.empty());
		}
		CompletableFuture<Call<QuotaConsumptionResponse>> used = this.calls.whenDone("quota-consumption",
				this.client.getMessageQuotaConsumption());
		return this.calls.whenDone("quota", this.client.getMessageQuota()).thenCombine(used, (quota, usage) -> {
			if (quota.body().isEmpty() || quota.body().get().type() != QuotaType.LIMITED
					|| quota.body().get().value() == null) {
				return OptionalLong.empty();
			}
			long spent = usage.body().map(QuotaConsumptionResponse::totalUsage).orElse(0L);
			return OptionalLong.of(Math.max(0, quota.body().get().value() - spent));
		});
	}

	@Override
	public CompletableFuture<OptionalLong> memberCount(String groupId) {
		if (!this.properties.hasAccessToken()) {
			return CompletableFuture.completedFuture(OptionalLong.empty());
		}
		return this.calls.whenDone("group-member-count", this.client.getGroupMemberCount(groupId))
			.thenApply((call) -> call.body()
				.map(GroupMemberCountResponse::count)
				.map((count) -> OptionalLong.of(count))
				.orElse(OptionalLong.empty()));
	}

	private static Sent sent(Call<?> call) {
		Verdict verdict = switch (call.outcome()) {
			case OK -> Verdict.ACCEPTED;
			case ACCEPTED_BEFORE -> Verdict.ACCEPTED_BEFORE;
			case MONTHLY_LIMIT -> Verdict.MONTHLY_LIMIT;
			case RATE_LIMITED, SERVER_ERROR, NETWORK_ERROR -> Verdict.TRY_AGAIN;
			default -> Verdict.REFUSED;
		};
		return new Sent(verdict, call.status(), call.error(), call.retryAfter());
	}

	private String write(Object request) {
		try {
			return this.sdkJson.writeValueAsString(request);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The SDK could not write its own request", ex);
		}
	}

}
