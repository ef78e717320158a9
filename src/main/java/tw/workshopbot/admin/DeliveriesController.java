package tw.workshopbot.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.workshopbot.broadcast.Deliveries;
import tw.workshopbot.broadcast.Deliveries.AnnouncementAudience;
import tw.workshopbot.broadcast.Delivery;
import tw.workshopbot.broadcast.StreamLink;
import tw.workshopbot.broadcast.StreamLinks;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.group.GroupRecord;
import tw.workshopbot.group.Groups;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static tw.workshopbot.admin.Problems.existing;
import static tw.workshopbot.admin.Problems.problem;

/**
 * A workshop's stream link, linked groups, announcements and deliveries, for organizers
 * working outside LINE.
 */
@RestController
class DeliveriesController {

	private static final String ADMIN = OrganizersController.ADMIN;

	private final Workshops workshops;

	private final Deliveries deliveries;

	private final GroupLinks links;

	private final Groups groups;

	private final DeliveryOutcomes reports;

	private final AuditTrail audit;

	private final ZoneId zone;

	private final Clock clock;

	DeliveriesController(Workshops workshops, Deliveries deliveries, GroupLinks links, Groups groups,
			DeliveryOutcomes reports, AuditTrail audit, AppProperties app, Clock clock) {
		this.workshops = workshops;
		this.deliveries = deliveries;
		this.links = links;
		this.groups = groups;
		this.reports = reports;
		this.audit = audit;
		this.zone = app.zone();
		this.clock = clock;
	}

	record StreamRequest(String url) {
	}

	record StreamJson(String url, int version, OffsetDateTime sendsAt, OffsetDateTime setAt, String setBy) {
	}

	@PutMapping(path = "/api/workshops/{id}/stream", consumes = MediaType.APPLICATION_JSON_VALUE)
	StreamJson setStream(@PathVariable String id, @RequestBody StreamRequest request) {
		Workshop workshop = existing(this.workshops, id);
		Optional<String> problem = StreamLinks.problem(request.url());
		if (problem.isPresent()) {
			throw problem(HttpStatus.BAD_REQUEST, "url: " + problem.get());
		}
		if (workshop.hasEnded(this.clock.instant())) {
			throw problem(HttpStatus.CONFLICT, "The workshop has ended: its stream link no longer changes");
		}
		return json(workshop, this.deliveries.setStreamLink(workshop, request.url(), ADMIN, false));
	}

	@GetMapping("/api/workshops/{id}/stream")
	StreamJson stream(@PathVariable String id) {
		Workshop workshop = existing(this.workshops, id);
		return this.deliveries.streamLink(id)
			.map((link) -> json(workshop, link))
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No stream link set for " + id));
	}

	record AnnouncementRequest(String text, String audience) {
	}

	record Accepted(String deliveryId, int groups, int people, int unreachable) {
	}

	@PostMapping(path = "/api/workshops/{id}/announcements", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Accepted> announce(@PathVariable String id, @RequestBody AnnouncementRequest request) {
		Workshop workshop = existing(this.workshops, id);
		Deliveries.announcementProblem(request.text()).ifPresent((wrong) -> {
			throw problem(HttpStatus.BAD_REQUEST, "text: " + wrong);
		});
		AnnouncementAudience audience = audience(request.audience());
		if (workshop.hasEnded(this.clock.instant())) {
			throw problem(HttpStatus.CONFLICT, "The workshop has ended");
		}
		Delivery delivery = this.deliveries.announce(workshop, request.text(), audience, ADMIN, false);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new Accepted(delivery.id(), delivery.groups().size(), delivery.people(),
					delivery.unreachable().size()));
	}

	@GetMapping("/api/workshops/{id}/deliveries")
	List<DeliveryOutcomes.DeliveryJson> deliveries(@PathVariable String id) {
		return this.reports.of(existing(this.workshops, id));
	}

	record GroupRequest(String groupId) {
	}

	@PostMapping(path = "/api/workshops/{id}/groups", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<GroupRecord> link(@PathVariable String id, @RequestBody GroupRequest request) {
		Workshop workshop = existing(this.workshops, id);
		String groupId = (request.groupId() != null) ? request.groupId().strip() : "";
		GroupRecord group = this.groups.find(groupId)
			.filter(GroupRecord::present)
			.orElseThrow(() -> problem(HttpStatus.BAD_REQUEST,
					"groupId: the bot is not in a group with that id (GET /api/groups lists them)"));
		boolean added = this.links.link(groupId, workshop.id());
		this.audit.record(ADMIN, "group.link", groupId + " → " + workshop.id());
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(group);
	}

	@GetMapping("/api/workshops/{id}/groups")
	List<GroupRecord> linked(@PathVariable String id) {
		Workshop workshop = existing(this.workshops, id);
		return this.links.groups(workshop.id())
			.stream()
			.map((groupId) -> this.groups.find(groupId).orElse(new GroupRecord(groupId, null, null, null, null)))
			.toList();
	}

	@DeleteMapping("/api/workshops/{id}/groups/{groupId}")
	ResponseEntity<Void> unlink(@PathVariable String id, @PathVariable String groupId) {
		Workshop workshop = existing(this.workshops, id);
		if (!this.links.unlink(groupId, workshop.id())) {
			throw problem(HttpStatus.NOT_FOUND, "That group is not linked to " + id);
		}
		this.audit.record(ADMIN, "group.unlink", groupId + " → " + workshop.id());
		return ResponseEntity.noContent().build();
	}

	private static AnnouncementAudience audience(String audience) {
		if (audience == null || audience.isBlank()) {
			return AnnouncementAudience.BOTH;
		}
		try {
			return AnnouncementAudience.valueOf(audience.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw problem(HttpStatus.BAD_REQUEST, "audience: groups, registrants or both");
		}
	}

	private StreamJson json(Workshop workshop, StreamLink link) {
		return new StreamJson(link.url(), link.version(), at(workshop.streamLinkSendsAt()), at(link.setAt()),
				link.setBy());
	}

	private OffsetDateTime at(Instant instant) {
		return instant.atZone(this.zone).toOffsetDateTime();
	}

}
