package tw.workshopbot.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's Messaging API as far as the bot uses it, answering as LINE does: a reply token
 * works once and within a minute of its event (by the simulator's clock), a retry key
 * seen before is 409 with the accepted request's id, an unknown recipient is 400. What
 * each request delivers lands in the test chats; every request is kept for the page's
 * "what LINE received" view.
 */
@RestController
@WhenSimulating
class LineStandIn {

	/** LINE: use a reply token within one minute of receiving the webhook. */
	static final Duration REPLY_TOKEN_LIFE = Duration.ofMinutes(1);

	static final String BASIC_ID = "@workshop-sim";

	static final String BOT_USER_ID = "U" + "0".repeat(31) + "b";

	private static final int MONTHLY_ALLOWANCE = 1000;

	private final SimulatorStore store;

	private final ChatEvents events;

	private final Clock clock;

	private final JsonMapper json;

	LineStandIn(SimulatorStore store, ChatEvents events, Clock clock, JsonMapper json) {
		this.store = store;
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	@PostMapping("/v2/bot/message/reply")
	ResponseEntity<Object> reply(@RequestBody JsonNode body, HttpServletRequest request) {
		return answer(request, body, 0, () -> {
			String token = body.path("replyToken").asString("");
			var issued = this.store.useToken(token);
			if (issued.isEmpty() || Duration.between(issued.get().issuedAt(), this.clock.instant())
				.compareTo(REPLY_TOKEN_LIFE) > 0) {
				return error(HttpStatus.BAD_REQUEST, "Invalid reply token");
			}
			deliver(issued.get().chatId(), body.path("messages"), "reply");
			return ResponseEntity.ok(sentMessages(body.path("messages").size()));
		});
	}

	@PostMapping("/v2/bot/message/push")
	ResponseEntity<Object> push(@RequestBody JsonNode body,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey, HttpServletRequest request) {
		String to = body.path("to").asString("");
		var group = this.store.group(to);
		boolean known = group.isPresent() || this.store.person(to).isPresent();
		int charged = group.map((g) -> g.members().size()).orElse(1);
		return answer(request, body, charged, () -> {
			if (!known) {
				return error(HttpStatus.BAD_REQUEST, "The property, 'to', in the request body is invalid");
			}
			if (retryKey != null && !this.store.firstUseOfRetryKey(retryKey)) {
				return alreadyAccepted();
			}
			deliver(to, body.path("messages"), "push");
			this.store.charge(charged);
			return ResponseEntity.ok(sentMessages(body.path("messages").size()));
		});
	}

	@PostMapping("/v2/bot/message/multicast")
	ResponseEntity<Object> multicast(@RequestBody JsonNode body,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey, HttpServletRequest request) {
		List<String> to = new ArrayList<>();
		body.path("to").forEach((id) -> to.add(id.asString("")));
		return answer(request, body, to.size(), () -> {
			if (retryKey != null && !this.store.firstUseOfRetryKey(retryKey)) {
				return alreadyAccepted();
			}
			for (String userId : to) {
				if (this.store.person(userId).isPresent()) {
					deliver(userId, body.path("messages"), "multicast");
				}
			}
			this.store.charge(to.size());
			return ResponseEntity.ok(Map.of());
		});
	}

	@GetMapping("/v2/bot/profile/{userId}")
	ResponseEntity<Object> profile(@PathVariable String userId, HttpServletRequest request) {
		return answer(request, null, 0,
				() -> this.store.person(userId)
					.<ResponseEntity<Object>>map((person) -> ResponseEntity.ok(profileOf(person)))
					.orElseGet(() -> error(HttpStatus.NOT_FOUND, "Not found")));
	}

	@GetMapping("/v2/bot/group/{groupId}/summary")
	ResponseEntity<Object> groupSummary(@PathVariable String groupId, HttpServletRequest request) {
		return answer(request, null, 0,
				() -> this.store.group(groupId)
					.<ResponseEntity<Object>>map(
							(group) -> ResponseEntity.ok(Map.of("groupId", group.groupId(), "groupName", group.name())))
					.orElseGet(() -> error(HttpStatus.NOT_FOUND, "Not found")));
	}

	@GetMapping("/v2/bot/group/{groupId}/members/count")
	ResponseEntity<Object> groupMemberCount(@PathVariable String groupId, HttpServletRequest request) {
		return answer(request, null, 0,
				() -> this.store.group(groupId)
					.<ResponseEntity<Object>>map((group) -> ResponseEntity.ok(Map.of("count", group.members().size())))
					.orElseGet(() -> error(HttpStatus.NOT_FOUND, "Not found")));
	}

	@GetMapping("/v2/bot/group/{groupId}/member/{userId}")
	ResponseEntity<Object> groupMemberProfile(@PathVariable String groupId, @PathVariable String userId,
			HttpServletRequest request) {
		return answer(request, null, 0,
				() -> this.store.group(groupId)
					.filter((group) -> group.members().contains(userId))
					.flatMap((group) -> this.store.person(userId))
					.<ResponseEntity<Object>>map((person) -> ResponseEntity.ok(profileOf(person)))
					.orElseGet(() -> error(HttpStatus.NOT_FOUND, "Not found")));
	}

	@GetMapping("/v2/bot/info")
	ResponseEntity<Object> botInfo(HttpServletRequest request) {
		return answer(request, null, 0, () -> ResponseEntity.ok(Map.of("userId", BOT_USER_ID, "basicId", BASIC_ID,
				"displayName", "工作坊小幫手（模擬）", "chatMode", "bot", "markAsReadMode", "auto")));
	}

	@GetMapping("/v2/bot/message/quota")
	ResponseEntity<Object> quota(HttpServletRequest request) {
		return answer(request, null, 0, () -> ResponseEntity.ok(Map.of("type", "limited", "value", MONTHLY_ALLOWANCE)));
	}

	@GetMapping("/v2/bot/message/quota/consumption")
	ResponseEntity<Object> consumption(HttpServletRequest request) {
		return answer(request, null, 0, () -> ResponseEntity.ok(Map.of("totalUsage", this.store.charged())));
	}

	@PostMapping("/v2/bot/richmenu")
	ResponseEntity<Object> createRichMenu(@RequestBody JsonNode body, HttpServletRequest request) {
		return answer(request, body, 0, () -> {
			String id = "richmenu-" + UUID.randomUUID().toString().replace("-", "");
			this.store.saveRichMenu(id, this.json.writeValueAsString(body));
			return ResponseEntity.ok(Map.of("richMenuId", id));
		});
	}

	@PostMapping("/v2/bot/richmenu/{id}/content")
	ResponseEntity<Object> uploadRichMenuImage(@PathVariable String id, @RequestBody byte[] png,
			HttpServletRequest request) {
		// The image itself is not kept in the requests' list: its size says enough.
		return answer(request, "(" + png.length + " bytes of " + request.getContentType() + ")", 0, () -> {
			if (this.store.richMenu(id).isEmpty()) {
				return error(HttpStatus.NOT_FOUND, "Not found");
			}
			this.store.saveRichMenuImage(id, png);
			return ResponseEntity.ok(Map.of());
		});
	}

	@PostMapping("/v2/bot/user/all/richmenu/{id}")
	ResponseEntity<Object> setDefaultRichMenu(@PathVariable String id, HttpServletRequest request) {
		return answer(request, null, 0, () -> {
			if (this.store.richMenu(id).isEmpty()) {
				return error(HttpStatus.BAD_REQUEST, "Not found richmenu");
			}
			this.store.setDefaultRichMenu(id);
			this.events.chatChanged("richmenu");
			return ResponseEntity.ok(Map.of());
		});
	}

	@GetMapping("/v2/bot/user/all/richmenu")
	ResponseEntity<Object> defaultRichMenu(HttpServletRequest request) {
		return answer(request, null, 0,
				() -> this.store.defaultRichMenu()
					.<ResponseEntity<Object>>map((id) -> ResponseEntity.ok(Map.of("richMenuId", id)))
					.orElseGet(() -> error(HttpStatus.NOT_FOUND, "no default richmenu")));
	}

	@DeleteMapping("/v2/bot/richmenu/{id}")
	ResponseEntity<Object> deleteRichMenu(@PathVariable String id, HttpServletRequest request) {
		return answer(request, null, 0, () -> {
			this.store.deleteRichMenu(id);
			return ResponseEntity.ok(Map.of());
		});
	}

	/**
	 * Checks the bearer token as LINE does, runs the call and keeps what was asked and
	 * answered.
	 */
	private ResponseEntity<Object> answer(HttpServletRequest request, Object body, int charged,
			java.util.function.Supplier<ResponseEntity<Object>> call) {
		String authorization = request.getHeader("Authorization");
		ResponseEntity<Object> answer = (authorization == null || !authorization.startsWith("Bearer ")
				|| authorization.length() <= "Bearer ".length())
						? error(HttpStatus.UNAUTHORIZED,
								"Authentication failed. Confirm that the access token is valid.")
						: call.get();
		boolean sent = answer.getStatusCode().is2xxSuccessful();
		this.store.record(new SentRequest(this.clock.instant(), request.getMethod(), request.getRequestURI(),
				request.getContentType(), request.getHeader("X-Line-Retry-Key"),
				(body instanceof JsonNode node) ? this.json.writeValueAsString(node) : (String) body,
				answer.getStatusCode().value(), this.json.writeValueAsString(answer.getBody()), sent ? charged : 0));
		this.events.requestsChanged();
		return answer;
	}

	private void deliver(String chatId, JsonNode messages, String via) {
		Instant at = this.clock.instant();
		for (JsonNode message : messages) {
			this.store.append(chatId,
					new ChatLine(at, ChatLine.BOT, "message", this.json.writeValueAsString(message), via));
		}
		this.events.chatChanged(chatId);
	}

	private static Map<String, Object> profileOf(TestPerson person) {
		return Map.of("userId", person.userId(), "displayName", person.name(), "language", person.language());
	}

	private static Map<String, Object> sentMessages(int count) {
		List<Map<String, String>> sent = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sent.add(Map.of("id", Long.toString(System.nanoTime() + i), "quoteToken", UUID.randomUUID().toString()));
		}
		return Map.of("sentMessages", sent);
	}

	private static ResponseEntity<Object> alreadyAccepted() {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header("x-line-accepted-request-id", UUID.randomUUID().toString())
			.body(Map.of("message", "The retry key is already accepted"));
	}

	private static ResponseEntity<Object> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("message", message));
	}

}
