package tw.workshopbot.admin;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.workshopbot.group.GroupRecord;
import tw.workshopbot.group.Groups;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Promotions;
import tw.workshopbot.workshop.CatalogOffices;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.WorkshopLimits;
import tw.workshopbot.workshop.Workshops;

/** Organizers' view of the workshops and of the groups the bot is in. */
@RestController
class WorkshopsController {

	private final Workshops workshops;

	private final CatalogOffices catalogOffices;

	private final Groups groups;

	private final AppProperties app;

	private final Promotions promotions;

	WorkshopsController(Workshops workshops, CatalogOffices catalogOffices, Groups groups, AppProperties app,
			Promotions promotions) {
		this.promotions = promotions;
		this.workshops = workshops;
		this.catalogOffices = catalogOffices;
		this.groups = groups;
		this.app = app;
	}

	@GetMapping("/api/workshops")
	List<WorkshopJson> list() {
		return this.workshops.all().stream().map(this::json).toList();
	}

	@GetMapping("/api/workshops/{id}")
	ResponseEntity<?> get(@PathVariable String id) {
		return ResponseEntity.ok(json(Problems.existing(this.workshops, id)));
	}

	@PostMapping(path = "/api/workshops", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> create(@RequestBody WorkshopJson request) {
		List<WorkshopLimits.Problem> problems = WorkshopChecks.problems(request);
		if (!problems.isEmpty()) {
			return invalid(problems);
		}
		String id = (request.id() != null) ? request.id() : this.workshops.newId();
		Workshop workshop = request.toWorkshop(id, this.catalogOffices.all());
		if (!this.workshops.insert(workshop)) {
			ProblemDetail taken = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"A workshop with id " + id + " exists");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(taken);
		}
		return ResponseEntity.created(URI.create("/api/workshops/" + id)).body(json(workshop));
	}

	@PutMapping(path = "/api/workshops/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> replace(@PathVariable String id, @RequestBody WorkshopJson request) {
		List<WorkshopLimits.Problem> problems = WorkshopChecks.problems(request);
		if (!problems.isEmpty()) {
			return invalid(problems);
		}
		// The id in the path in any letter case names the stored workshop.
		String stored = this.workshops.find(id).map(Workshop::id).orElse(id);
		Workshop workshop = request.toWorkshop(stored, this.catalogOffices.all());
		if (!this.workshops.replace(workshop)) {
			throw Problems.problem(HttpStatus.NOT_FOUND, "No workshop with id " + id);
		}
		// A larger capacity seats the waitlist at once, in order, and tells them.
		this.promotions.fillFreedSeats(workshop);
		return ResponseEntity.ok(json(workshop));
	}

	@GetMapping("/api/groups")
	List<GroupRecord> groups() {
		return this.groups.all();
	}

	private WorkshopJson json(Workshop workshop) {
		return WorkshopJson.of(workshop, this.app.zone());
	}

	private static ResponseEntity<?> invalid(List<WorkshopLimits.Problem> problems) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The workshop has " + problems.size() + " problem(s)");
		detail.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(detail);
	}

}
