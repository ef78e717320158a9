package tw.workshopbot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.ApplicationForm;
import tw.workshopbot.registration.Channel;
import tw.workshopbot.registration.NewRegistration;
import tw.workshopbot.registration.Placement;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Registrations;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * Forms that came by mail or fax, entered by an organizer: each row read by the sign-up
 * form's own rules, every problem listed by row and field, and nothing stored unless all
 * rows are valid. The API's JSON import and the console's spreadsheet upload both come
 * here.
 */
@Component
class FormImport {

	/**
	 * LINE's user ids are U and 32 lowercase hex digits; one of another shape would make
	 * LINE refuse a whole multicast of 500, and 499 people would miss the stream link.
	 */
	private static final Pattern LINE_USER_ID = Pattern.compile("U[0-9a-f]{32}");

	private final Registrations registrations;

	private final BotTexts texts;

	private final AppProperties app;

	private final Clock clock;

	FormImport(Registrations registrations, BotTexts texts, AppProperties app, Clock clock) {
		this.registrations = registrations;
		this.texts = texts;
		this.app = app;
		this.clock = clock;
	}

	/** One refused value, named by row (from 1) and field. */
	record RowProblem(int row, String field, String message) {
	}

	/** What became of an import. */
	sealed interface Outcome {

	}

	/**
	 * Every row registered, in order, with the claim codes of those without LINE.
	 *
	 * @param applicants the rows as read, in the same order
	 */
	record Imported(List<Placement.Seat> seats, List<Applicant> applicants) implements Outcome {
	}

	/** Nothing stored: these rows need fixing. */
	record Refused(List<RowProblem> problems) implements Outcome {
	}

	/** Nothing stored: sign-up has closed even for organizers. */
	record Closed(String message) implements Outcome {
	}

	Outcome rows(Workshop workshop, ImportRows.Rows rows) {
		List<RowProblem> problems = new ArrayList<>();
		rows.problems()
			.forEach((problem) -> problems
				.add(new RowProblem(problem.row(), problem.field(), this.texts.oneLine(problem.messageKey()))));
		return check(workshop, rows.answers(), problems);
	}

	/**
	 * @param answers per row, by the import's field names
	 */
	Outcome answers(Workshop workshop, List<Map<String, String>> answers) {
		return check(workshop, answers, new ArrayList<>());
	}

	/** Every row read by the form's rules, beside the problems already found. */
	private Outcome check(Workshop workshop, List<Map<String, String>> answers, List<RowProblem> problems) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.app.zone());
		List<NewRegistration> accepted = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			ApplicationForm.Reading reading = ApplicationForm.read(answers.get(i), workshop, today);
			int row = i + 1;
			reading.problems()
				.forEach((problem) -> problems.add(new RowProblem(row, problem.field().field(),
						this.texts.oneLine(problem.refusal().messageKey(), problem.refusal().arguments()))));
			String lineUserId = lineUserId(answers.get(i), row, problems);
			if (reading.isValid()) {
				accepted.add(new NewRegistration(reading.applicant(), lineUserId, Registration.ADMIN, null));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(RowProblem::row));
			return new Refused(problems);
		}
		Placement placement = this.registrations.register(workshop, accepted, Channel.ORGANIZER);
		if (placement instanceof Placement.Placed placed) {
			return new Imported(placed.seats(), accepted.stream().map(NewRegistration::applicant).toList());
		}
		if (placement instanceof Placement.Duplicates duplicates) {
			return new Refused(duplicates.duplicates()
				.stream()
				.map((duplicate) -> new RowProblem(duplicate.row(), duplicate.field(),
						this.texts.oneLine("import.duplicate." + duplicate.field(), duplicate.existing())))
				.toList());
		}
		if (placement instanceof Placement.Closed) {
			return new Closed(this.texts.oneLine("import.closed"));
		}
		throw Problems.problem(org.springframework.http.HttpStatus.NOT_FOUND, "No workshop with id " + workshop.id());
	}

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

}
