package tw.workshopbot.simulator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tw.workshopbot.setup.AppProperties;

/**
 * The simulator's page: test people and groups, a phone-sized chat, the clock, and what
 * LINE received. Forms post here; the chat pane reloads itself when the page hears of a
 * new line (server-sent events).
 */
@Controller
@WhenSimulating
class SimulatorController {

	private final SimulatorStore store;

	private final Rehearsal rehearsal;

	private final ChatEvents events;

	private final SimulatedClock clock;

	private final JsonMapper json;

	private final ZoneId zone;

	private final TapLinks links;

	private final ClockController clockPane;

	/**
	 * A chat is drawn anew with each line: its lines never change, so each is read once.
	 */
	private final com.github.benmanes.caffeine.cache.Cache<String, MessageView> parsed = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(2000)
		.build();

	SimulatorController(SimulatorStore store, Rehearsal rehearsal, ChatEvents events, SimulatedClock clock,
			JsonMapper json, AppProperties app, TapLinks links, ClockController clockPane) {
		this.clockPane = clockPane;
		this.links = links;
		this.store = store;
		this.rehearsal = rehearsal;
		this.events = events;
		this.clock = clock;
		this.json = json;
		this.zone = app.zone();
	}

	@GetMapping("/simulator")
	String page(@RequestParam(required = false) String chat, @RequestParam(required = false) String as,
			@RequestParam(required = false) String draft, Model model) {
		List<TestPerson> people = this.store.people();
		List<TestGroup> groups = this.store.groups();
		String chatId = (chat != null) ? chat : people.stream().findFirst().map(TestPerson::userId).orElse(null);
		model.addAttribute("people", people);
		model.addAttribute("groups", groups);
		model.addAttribute("draft", (draft != null && draft.length() <= Rehearsal.MAX_TEXT) ? draft : "");
		model.addAttribute("maxText", Rehearsal.MAX_TEXT);
		model.addAttribute("clock", this.clockPane.view());
		if (chatId != null) {
			chat(chatId, as, model);
		}
		return "simulator/page";
	}

	@GetMapping("/simulator/chat/{chatId}")
	String lines(@PathVariable String chatId, @RequestParam(required = false) String as, Model model) {
		chat(chatId, as, model);
		return "simulator/page :: lines";
	}

	/** The lines after the {@code shown} first ones: what a new line's event appends. */
	@GetMapping("/simulator/chat/{chatId}/after")
	String after(@PathVariable String chatId, @RequestParam(required = false) String as,
			@RequestParam(defaultValue = "0") int shown, Model model) {
		Optional<TestGroup> group = this.store.group(chatId);
		if (group.isEmpty() && this.store.person(chatId).isEmpty()) {
			throw new IllegalArgumentException("chat: no test person or group " + chatId);
		}
		String speaker = group.map((g) -> g.members().contains(as) ? as : g.members().get(0)).orElse(chatId);
		List<LineView> lines = lineViews(chatId, speaker);
		model.addAttribute("chatId", chatId);
		model.addAttribute("as", speaker);
		model.addAttribute("isGroup", group.isPresent());
		model.addAttribute("lines", lines);
		model.addAttribute("newLines", lines.subList(Math.max(0, Math.min(shown, lines.size())), lines.size()));
		return "simulator/parts :: after";
	}

	@GetMapping(path = "/simulator/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter events() {
		return this.events.open();
	}

	@PostMapping("/simulator/people")
	String addPerson(@RequestParam String name, @RequestParam(defaultValue = "zh-TW") String language) {
		TestPerson person = this.rehearsal.addPerson(name, language);
		return "redirect:/simulator?chat=" + person.userId() + "&as=" + person.userId();
	}

	@PostMapping("/simulator/groups")
	String addGroup(@RequestParam String name, @RequestParam(required = false) List<String> members) {
		TestGroup group = this.rehearsal.addGroup(name, members);
		return "redirect:/simulator?chat=" + group.groupId() + "&as=" + group.members().get(0);
	}

	@PostMapping("/simulator/people/{userId}/organizer")
	String makeOrganizer(@PathVariable String userId) {
		this.rehearsal.makeOrganizer(userId);
		return "redirect:/simulator?chat=" + userId + "&as=" + userId;
	}

	/**
	 * The page's script posts without waiting for lines: every line, the person's and the
	 * bot's, reaches the pane by the event that reloads it, so that an answer arriving
	 * while the post is on its way is never painted over. Without the script, back to the
	 * page.
	 */
	@PostMapping("/simulator/chat/{chatId}/say")
	ResponseEntity<Void> say(@PathVariable String chatId, @RequestParam String as, @RequestParam String text,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.rehearsal.say(chatId, as, text);
		return posted(chatId, as, htmx);
	}

	@PostMapping("/simulator/chat/{chatId}/tap")
	ResponseEntity<Void> tap(@PathVariable String chatId, @RequestParam String as, @RequestParam String type,
			@RequestParam(required = false) String data, @RequestParam(required = false) String displayText,
			@RequestParam(required = false) String text,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.rehearsal.tap(chatId, as, type, data, displayText, text);
		return posted(chatId, as, htmx);
	}

	private static ResponseEntity<Void> posted(String chatId, String as, String htmx) {
		if ("true".equals(htmx)) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(org.springframework.web.util.UriComponentsBuilder.fromPath("/simulator")
				.queryParam("chat", chatId)
				.queryParam("as", as)
				.build()
				.encode()
				.toUri())
			.build();
	}

	/** LINE's share picker: the text forwarded to another test person's chat. */
	@GetMapping("/simulator/share")
	String share(@RequestParam String text, @RequestParam String as, Model model) {
		model.addAttribute("text", text);
		model.addAttribute("as", as);
		model.addAttribute("people", this.store.people().stream().filter((p) -> !p.userId().equals(as)).toList());
		return "simulator/share";
	}

	@PostMapping("/simulator/share")
	String forward(@RequestParam String text, @RequestParam String as, @RequestParam String to) {
		TestPerson from = this.store.person(as).orElseThrow(() -> new IllegalArgumentException("as: unknown"));
		if (this.store.person(to).isEmpty() || text.length() > Rehearsal.MAX_TEXT) {
			throw new IllegalArgumentException("to: choose a test person; text: at most 5,000 characters");
		}
		this.store.append(to, new ChatLine(this.clock.instant(), from.userId(), "forward", text, null));
		this.events.chatChanged(to);
		return "redirect:/simulator?chat=" + to + "&as=" + to;
	}

	@GetMapping("/simulator/richmenu.png")
	ResponseEntity<byte[]> richMenuImage() {
		return this.store.defaultRichMenu()
			.flatMap(this.store::richMenuImage)
			.map((png) -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private void chat(String chatId, String as, Model model) {
		Optional<TestPerson> person = this.store.person(chatId);
		Optional<TestGroup> group = person.isPresent() ? Optional.empty() : this.store.group(chatId);
		if (person.isEmpty() && group.isEmpty()) {
			throw new IllegalArgumentException("chat: no test person or group " + chatId);
		}
		String speaker = person.map(TestPerson::userId)
			.orElseGet(() -> (as != null && group.get().members().contains(as)) ? as : group.get().members().get(0));
		model.addAttribute("chatId", chatId);
		model.addAttribute("chatName", person.map(TestPerson::name).orElseGet(() -> group.get().name()));
		model.addAttribute("isGroup", group.isPresent());
		model.addAttribute("as", speaker);
		model.addAttribute("members",
				group.map((g) -> g.members().stream().map(this.store::person).flatMap(Optional::stream).toList())
					.orElse(List.of()));
		model.addAttribute("lines", lineViews(chatId, speaker));
		model.addAttribute("richMenu", person.isPresent() ? RichMenuView.of(this.store, this.json) : null);
	}

	/** The lines, the bot's as LINE shows them; quick replies only under the last. */
	private List<LineView> lineViews(String chatId, String speaker) {
		List<ChatLine> lines = this.store.lines(chatId);
		Map<String, String> names = new java.util.HashMap<>();
		this.store.people().forEach((person) -> names.put(person.userId(), person.name()));
		List<LineView> views = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ChatLine line = lines.get(i);
			String name = line.fromBot() ? "小幫手" : names.getOrDefault(line.from(), line.from());
			MessageView message = (line.fromBot()
					? this.parsed.get(line.body(), (body) -> MessageView.of(this.json.readTree(body)))
					: new MessageView("text", MessageView.segments(line.body()), null, null, List.of(), List.of()))
				.withLinks((tap) -> this.links.view(tap, speaker));
			boolean last = i == lines.size() - 1;
			views.add(new LineView(line.fromBot(), line.from().equals(speaker), name, line.kind(), line.via(),
					(line.at() != null) ? ChatLine.SHOWN.format(line.at().atZone(this.zone)) : "", message,
					last && line.fromBot() ? taps(message.quickReplies(), speaker) : List.of(),
					taps(message.actions(), speaker)));
		}
		return views;
	}

	/** One line of the chat pane, with its taps resolved to what the page does. */
	public record LineView(boolean fromBot, boolean mine, String name, String kind, String via, String at,
			MessageView message, List<TapLinks.TapView> quickReplies, List<TapLinks.TapView> actions) {
	}

	List<TapLinks.TapView> taps(List<MessageView.Tap> taps, String speaker) {
		return taps.stream().map((tap) -> this.links.view(tap, speaker)).toList();
	}

}
