package tw.workshopbot.broadcast;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.group.Groups;
import tw.workshopbot.registration.Channel;
import tw.workshopbot.registration.NewRegistration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/** Workshops, registrants and groups for delivery tests, and what LINE received. */
final class DeliveryFixture {

	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Workshops workshops;

	private final Registrations registrations;

	private final Groups groups;

	private final GroupLinks links;

	private final Clock clock;

	DeliveryFixture(Workshops workshops, Registrations registrations, Groups groups, GroupLinks links, Clock clock) {
		this.workshops = workshops;
		this.registrations = registrations;
		this.groups = groups;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Starts on a whole minute after {@code in}; sign-up in chat has closed (no deadline
	 * warnings).
	 */
	Workshop workshopStartingIn(String id, Duration in, StreamAudience audience) {
		Instant now = this.clock.instant();
		Instant starts = now.plus(in).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		Workshop workshop = new Workshop(id, "期初討論工作坊 " + id, null, starts, starts.plus(Duration.ofHours(2)),
				now.minusSeconds(60), "線上直播", BigDecimal.valueOf(2), null, List.of(new Office("中區區公所", true, false),
						new Office("西屯區公所", true, false), new Office("其他單位", false, true)),
				List.of(), 10, audience, reminderPassedBy(starts));
		this.workshops.insert(workshop);
		return workshop;
	}

	/** A day-before reminder time long past, so that only the tests about it see one. */
	static LocalTime reminderPassedBy(Instant starts) {
		return starts.minus(Duration.ofMinutes(1)).atZone(TAIPEI).toLocalTime();
	}

	/**
	 * Registers people U{prefix}00001…; the organizer enters them (the chat has closed).
	 */
	List<String> registrants(Workshop workshop, String prefix, int count) {
		List<String> users = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TAIPEI);
		List<NewRegistration> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String user = String.format("U%s%05d", prefix, i);
			users.add(user);
			rows.add(SampleForm.registration(workshop, "同仁" + i, user, today));
			if (rows.size() == 200 || i == count) {
				this.registrations.register(workshop, rows, Channel.ORGANIZER);
				rows = new ArrayList<>();
			}
		}
		return users;
	}

	/** Someone an organizer entered who has no LINE account linked. */
	void registrantWithoutLine(Workshop workshop, String name) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TAIPEI);
		this.registrations.register(workshop, List.of(SampleForm.registration(workshop, name, null, today)),
				Channel.ORGANIZER);
	}

	void linkGroup(Workshop workshop, String groupId) {
		this.groups.joined(groupId, this.clock.instant());
		this.links.link(groupId, workshop.id());
	}

	static List<ServeEvent> multicasts() {
		return LineApi.requestsTo("/v2/bot/message/multicast");
	}

	static List<ServeEvent> pushesTo(String to) {
		return LineApi.requestsTo("/v2/bot/message/push")
			.stream()
			.filter((event) -> to.equals(body(event).path("to").asString()))
			.toList();
	}

	static JsonNode body(ServeEvent event) {
		return JSON.readTree(event.getRequest().getBodyAsString());
	}

	static String retryKey(ServeEvent event) {
		return event.getRequest().getHeader("X-Line-Retry-Key");
	}

	static List<String> recipients(ServeEvent multicast) {
		List<String> to = new ArrayList<>();
		body(multicast).path("to").forEach((user) -> to.add(user.asString()));
		return to;
	}

}
