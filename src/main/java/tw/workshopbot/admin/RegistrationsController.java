package tw.workshopbot.admin;

import java.net.URI;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tw.workshopbot.organizer.RegistrationSummary;
import tw.workshopbot.registration.Placement;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.signup.Promotions;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/**
 * Organizers' roster: read it (JSON, CSV, XLSX), import the forms that came by mail or
 * fax, cancel, and erase a person's data.
 */
@RestController
class RegistrationsController {

	private final Workshops workshops;

	private final Registrations registrations;

	private final Roster roster;

	private final AppProperties app;

	private final Promotions promotions;

	private final FormImport formImport;

	RegistrationsController(Workshops workshops, Registrations registrations, Roster roster, AppProperties app,
			Promotions promotions, FormImport formImport) {
		this.promotions = promotions;
		this.formImport = formImport;
		this.workshops = workshops;
		this.registrations = registrations;
		this.roster = roster;
		this.app = app;
	}

	@GetMapping("/api/workshops/{id}/registrations")
	ResponseEntity<?> list(@PathVariable String id) {
		existing(id);
		return ResponseEntity.ok(this.roster.all(id).stream().map((registration) -> json(registration)).toList());
	}

	@GetMapping("/api/workshops/{id}/registrations.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String id) {
		return download(existing(id), "csv", Spreadsheets.CSV,
				(out) -> Spreadsheets.csv(RosterColumns.headers(), roster(id), out));
	}

	@GetMapping("/api/workshops/{id}/registrations.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id) {
		return download(existing(id), "xlsx", Spreadsheets.XLSX,
				(out) -> Spreadsheets.xlsx(RosterColumns.headers(), roster(id), "報名名單", out));
	}

	@PostMapping(path = "/api/workshops/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> importRegistrations(@PathVariable String id, @RequestBody JsonNode body) {
		return importInto(existing(id), body);
	}

	@DeleteMapping("/api/workshops/{id}/registrations/{registrationNo}")
	ResponseEntity<?> cancel(@PathVariable String id, @PathVariable String registrationNo) {
		Workshop workshop = existing(id);
		return withdrawn(workshop, registrationNo, this.registrations.cancel(workshop, registrationNo));
	}

	@DeleteMapping("/api/workshops/{id}/registrations/{registrationNo}/personal-data")
	ResponseEntity<?> erase(@PathVariable String id, @PathVariable String registrationNo) {
		Workshop workshop = existing(id);
		return withdrawn(workshop, registrationNo, this.registrations.erase(workshop, registrationNo));
	}

	private ResponseEntity<?> importInto(Workshop workshop, JsonNode body) {
		ImportRows.Rows rows = ImportRows.read(body);
		FormImport.Outcome outcome = this.formImport.rows(workshop, rows);
		if (outcome instanceof FormImport.Imported imported) {
			return created(workshop, rows.single(), imported.seats());
		}
		if (outcome instanceof FormImport.Refused refused) {
			return invalid(refused.problems());
		}
		return problem(HttpStatus.CONFLICT, ((FormImport.Closed) outcome).message());
	}

	private ResponseEntity<?> created(Workshop workshop, boolean single, List<Placement.Seat> seats) {
		List<ImportedJson> imported = seats.stream()
			.map((seat) -> new ImportedJson(seat.registrationNo(), seat.status().stored(), seat.claimCode()))
			.toList();
		URI location = URI.create("/api/workshops/" + workshop.id() + "/registrations");
		return ResponseEntity.created(location).body(single ? imported.get(0) : imported);
	}

	/** Those promoted to the freed seat are told, as after a cancellation in chat. */
	private ResponseEntity<?> withdrawn(Workshop workshop, String registrationNo, Registrations.Withdrawal withdrawal) {
		if (!withdrawal.found()) {
			return problem(HttpStatus.NOT_FOUND, "No registration " + registrationNo);
		}
		this.promotions.tell(workshop, withdrawal.promoted());
		return ResponseEntity.ok(new WithdrawnJson(json(withdrawal.registration()), withdrawal.promoted()));
	}

	/** The workshop, or a 404 problem answer (downloads have no other way to say it). */
	/** 報名統計 for the admin API: counts only, nothing personal. */
	@GetMapping("/api/workshops/{id}/summary")
	RegistrationSummary summary(@PathVariable String id) {
		Workshop workshop = existing(id);
		return RegistrationSummary.of(workshop, this.roster.all(workshop.id()));
	}

	private Workshop existing(String id) {
		return Problems.existing(this.workshops, id);
	}

	private ResponseEntity<StreamingResponseBody> download(Workshop workshop, String extension, MediaType type,
			StreamingResponseBody body) {
		return Spreadsheets.download(workshop.id() + "-registrations." + extension, type, body);
	}

	/** The roster a page at a time, each registration as the roster's cells. */
	private Spreadsheets.Rows roster(String workshopId) {
		List<RosterColumns.Column> columns = RosterColumns.all(this.app.zone());
		return (row) -> this.roster.forEachPage(workshopId, (page) -> page.forEach((registration) -> row
			.accept(columns.stream().map((column) -> column.cell().apply(registration)).toList())));
	}

	private RegistrationJson json(Registration registration) {
		return RegistrationJson.of(registration, this.app.zone());
	}

	private static ResponseEntity<?> invalid(List<FormImport.RowProblem> problems) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Nothing was imported: " + problems.size() + " problem(s)");
		detail.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(detail);
	}

	private static ResponseEntity<?> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	record ImportedJson(String registrationNo, String status, String claimCode) {
	}

	record WithdrawnJson(RegistrationJson registration, List<String> promoted) {
	}

}
