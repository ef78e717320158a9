package tw.workshopbot.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.workshopbot.admin.DeliveryOutcomes;
import tw.workshopbot.broadcast.Deliveries;
import tw.workshopbot.broadcast.Deliveries.AnnouncementAudience;
import tw.workshopbot.broadcast.StreamLinks;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.group.GroupLinks;
import tw.workshopbot.group.GroupRecord;
import tw.workshopbot.group.Groups;
import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * A workshop's messages: its stream link and when it goes out, the groups it is linked to
 * and a code to link another, announcements previewed with their cost before they are
 * sent, and how every delivery went with the people it could not reach.
 */
@Controller
class MessagePages {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	private final Workshops workshops;

	private final Deliveries deliveries;

	private final DeliveryOutcomes reports;

	private final GroupLinks links;

	private final Groups groups;

	private final Commands commands;

	private final AuditTrail audit;

	private final ZoneId zone;

	private final Clock clock;

	MessagePages(Workshops workshops, Deliveries deliveries, DeliveryOutcomes reports, GroupLinks links, Groups groups,
			Commands commands, AuditTrail audit, AppProperties app, Clock clock) {
		this.workshops = workshops;
		this.deliveries = deliveries;
		this.reports = reports;
		this.links = links;
		this.groups = groups;
		this.commands = commands;
		this.audit = audit;
		this.zone = app.zone();
		this.clock = clock;
	}

	@GetMapping("/console/workshops/{id}/messages")
	String page(@PathVariable String id, Model model) {
		return page(model, ConsolePages.existing(this.workshops, id));
	}

	@PostMapping("/console/workshops/{id}/stream")
	String setStream(@PathVariable String id, @RequestParam(defaultValue = "") String url, Principal who, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		Optional<String> problem = StreamLinks.problem(url.strip());
		if (problem.isEmpty() && workshop.hasEnded(this.clock.instant())) {
			problem = Optional.of("the workshop has ended: its stream link no longer changes");
		}
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("streamProblem", problem.get());
			model.addAttribute("typedUrl", url);
			return page(model, workshop);
		}
		this.deliveries.setStreamLink(workshop, url.strip(), who.getName(), false);
		redirect.addFlashAttribute("streamSet", true);
		return "redirect:/console/workshops/" + workshop.id() + "/messages";
	}

	@PostMapping("/console/workshops/{id}/groups")
	String link(@PathVariable String id, @RequestParam(defaultValue = "") String groupId, Principal who,
			RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		Optional<GroupRecord> group = this.groups.find(groupId.strip()).filter(GroupRecord::present);
		if (group.isPresent()) {
			this.links.link(group.get().groupId(), workshop.id());
			this.audit.record(who.getName(), "group.link", group.get().groupId() + " → " + workshop.id());
		}
		redirect.addFlashAttribute(group.isPresent() ? "groupLinked" : "groupUnknown", true);
		return "redirect:/console/workshops/" + workshop.id() + "/messages";
	}

	@PostMapping("/console/workshops/{id}/groups/{groupId}/unlink")
	String unlink(@PathVariable String id, @PathVariable String groupId, Principal who, RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		if (this.links.unlink(groupId, workshop.id())) {
			this.audit.record(who.getName(), "group.unlink", groupId + " → " + workshop.id());
		}
		redirect.addFlashAttribute("groupUnlinked", true);
		return "redirect:/console/workshops/" + workshop.id() + "/messages";
	}

	@PostMapping("/console/workshops/{id}/binding-code")
	String bindingCode(@PathVariable String id, Principal who, RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		String code = this.deliveries.bindingCode(List.of(workshop.id()), who.getName());
		redirect.addFlashAttribute("bindingMessage", this.commands.label("bind", Locale.TAIWAN) + " " + code);
		return "redirect:/console/workshops/" + workshop.id() + "/messages";
	}

	/** The announcement as LINE will show it, whom it reaches and its cost; not sent. */
	@PostMapping("/console/workshops/{id}/announcements/preview")
	String preview(@PathVariable String id, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "both") String audience, Model model, HttpServletResponse response) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		if (refusedAnnouncement(model, workshop, text, audience, response)) {
			return page(model, workshop);
		}
		model.addAttribute("preview", this.deliveries.preview(workshop, text, audience(audience)));
		return page(model, workshop);
	}

	@PostMapping("/console/workshops/{id}/announcements")
	String announce(@PathVariable String id, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "both") String audience, Principal who, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		if (refusedAnnouncement(model, workshop, text, audience, response)) {
			return page(model, workshop);
		}
		var delivery = this.deliveries.announce(workshop, text, audience(audience), who.getName(), false);
		redirect.addFlashAttribute("announced", delivery.id());
		return "redirect:/console/workshops/" + workshop.id() + "/messages#deliveries";
	}

	/** Those a delivery did not reach, to write to by e-mail; the download is audited. */
	@GetMapping("/console/workshops/{id}/deliveries/{deliveryId}/unreachable.csv")
	ResponseEntity<StreamingResponseBody> unreachable(@PathVariable String id, @PathVariable String deliveryId,
			Principal who) {
		Workshop workshop = ConsolePages.existing(this.workshops, id);
		ResponseEntity<StreamingResponseBody> csv = this.reports.unreachableCsv(workshop, deliveryId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.audit.record(who.getName(), "download.unreachable", deliveryId);
		return csv;
	}

	private boolean refusedAnnouncement(Model model, Workshop workshop, String text, String audience,
			HttpServletResponse response) {
		model.addAttribute("typedText", text);
		model.addAttribute("typedAudience", audience);
		Optional<String> problem = Deliveries.announcementProblem(text);
		if (problem.isEmpty() && workshop.hasEnded(this.clock.instant())) {
			problem = Optional.of("the workshop has ended");
		}
		problem.ifPresent((wrong) -> {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("announcementProblem", wrong);
		});
		return problem.isPresent();
	}

	private static AnnouncementAudience audience(String audience) {
		return switch (audience) {
			case "groups" -> AnnouncementAudience.GROUPS;
			case "registrants" -> AnnouncementAudience.REGISTRANTS;
			default -> AnnouncementAudience.BOTH;
		};
	}

	private String page(Model model, Workshop workshop) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("stream", this.deliveries.streamLink(workshop.id()).orElse(null));
		model.addAttribute("sendsAt", shown(workshop.streamLinkSendsAt()));
		model.addAttribute("zone", this.zone);
		List<String> linked = this.links.groups(workshop.id());
		model.addAttribute("linked", linked.stream()
			.map((groupId) -> this.groups.find(groupId).orElse(new GroupRecord(groupId, null, null, null, null)))
			.toList());
		model.addAttribute("linkable",
				this.groups.all()
					.stream()
					.filter(GroupRecord::present)
					.filter((g) -> !linked.contains(g.groupId()))
					.toList());
		model.addAttribute("bindingValidMinutes", Deliveries.bindingCodeValidFor().toMinutes());
		model.addAttribute("maxAnnouncement", Deliveries.maxAnnouncementLength());
		List<DeliveryOutcomes.DeliveryJson> reports = new java.util.ArrayList<>(this.reports.of(workshop));
		java.util.Collections.reverse(reports);
		model.addAttribute("deliveries", reports);
		return "console/messages";
	}

	private String shown(Instant instant) {
		return SHOWN.format(instant.atZone(this.zone));
	}

}
