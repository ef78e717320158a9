package tw.workshopbot.admin;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.organizer.RegistrationSummary;
import tw.workshopbot.registration.ApplicationForm;
import tw.workshopbot.registration.Channel;
import tw.workshopbot.registration.NewRegistration;
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

	private final BotTexts texts;

	private final AppProperties app;

	private final Clock clock;

	private final Promotions promotions;

	RegistrationsController(Workshops workshops, Registrations registrations, Roster roster, BotTexts texts,
			AppProperties app, Clock clock, Promotions promotions) {
		this.promotions = promotions;
		this.workshops = workshops;
		this.registrations = registrations;
		this.roster = roster;
		this.texts = texts;
		this.app = app;
		this.clock = clock;
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

	@PostMapping("/api/workshops/{id}/registrations")
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
		List<RowProblem> problems = new ArrayList<>();
		rows.problems()
			.forEach((problem) -> problems
				.add(new RowProblem(problem.row(), problem.field(), this.texts.oneLine(problem.messageKey()))));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.app.zone());
		List<NewRegistration> accepted = new ArrayList<>();
		for (int i = 0; i < rows.answers().size(); i++) {
			Map<String, String> answers = rows.answers().get(i);
			ApplicationForm.Reading reading = ApplicationForm.read(answers, workshop, today);
			int row = i + 1;
			reading.problems()
				.forEach((problem) -> problems.add(new RowProblem(row, problem.field().field(),
						this.texts.oneLine(problem.refusal().messageKey(), problem.refusal().arguments()))));
			String lineUserId = lineUserId(answers, row, problems);
			if (reading.isValid()) {
				accepted.add(new NewRegistration(reading.applicant(), lineUserId, Registration.ADMIN, null));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(RowProblem::row));
			return invalid(problems);
		}
		Placement placement = this.registrations.register(workshop, accepted, Channel.ORGANIZER);
		if (placement instanceof Placement.Placed placed) {
			return created(workshop, rows.single(), placed);
		}
		if (placement instanceof Placement.Duplicates duplicates) {
			return invalid(duplicates.duplicates()
				.stream()
				.map((duplicate) -> new RowProblem(duplicate.row(), duplicate.field(),
						this.texts.oneLine("import.duplicate." + duplicate.field(), duplicate.existing())))
				.toList());
		}
		if (placement instanceof Placement.Closed) {
			return problem(HttpStatus.CONFLICT, this.texts.oneLine("import.closed"));
		}
		throw Problems.problem(HttpStatus.NOT_FOUND, "No workshop with id " + workshop.id());
	}

	/**
	 * LINE's user ids are U and 32 lowercase hex digits; one of another shape would make
	 * LINE refuse a whole multicast of 500, and 499 people would miss the stream link.
	 */
	private String lineUserId(Map<String, String> answers, int row, List<RowProblem> problems) {
		String lineUserId = answers.get(ImportRows.LINE_USER_ID);
		if (lineUserId == null || lineUserId.isEmpty()) {
			return null;
		}
		if (!LINE_USER_ID.matcher(lineUserId).matches()) {
			problems.add(new RowProblem(row, ImportRows.LINE_USER_ID, this.texts.oneLine("import.lineUserId.invalid")));
			return null;
		}
		return lineUserId;
	}

	private static final java.util.regex.Pattern LINE_USER_ID = java.util.regex.Pattern.compile("U[0-9a-f]{32}");

	private ResponseEntity<?> created(Workshop workshop, boolean single, Placement.Placed placed) {
		List<ImportedJson> imported = placed.seats()
			.stream()
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

	private static ResponseEntity<?> invalid(List<RowProblem> problems) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Nothing was imported: " + problems.size() + " problem(s)");
		detail.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(detail);
	}

	private static ResponseEntity<?> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/** One refused value of an import, named by row (from 1) and field. */
	record RowProblem(int row, String field, String message) {
	}

	record ImportedJson(String registrationNo, String status, String claimCode) {
	}

	record WithdrawnJson(RegistrationJson registration, List<String> promoted) {
	}

}
