package tw.workshopbot.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tw.workshopbot.registration.Status;
import tw.workshopbot.workshop.Workshop;

/**
 * The paper forms of a workshop as a spreadsheet (XLSX, or CSV in UTF-8 or Big5, as Excel
 * in Taiwan saves it) with the roster's own columns: read into rows and entered by
 * {@link FormImport}, so the rules are the API's. Problems name the spreadsheet's own row
 * (the header is row 1) and column, as the organizer sees them in Excel.
 */
@Component
public class PaperForms {

	/** Enough for the import's 1,000 rows several times over. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final Charset BIG5 = Charset.forName("x-windows-950");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	/**
	 * The roster's other columns: there when a downloaded roster is filled in, not read.
	 */
	private static final List<String> IGNORED = RosterColumns.all(java.time.ZoneId.systemDefault())
		.stream()
		.filter((column) -> column.field() == null)
		.map(RosterColumns.Column::header)
		.toList();

	private final FormImport formImport;

	PaperForms(FormImport formImport) {
		this.formImport = formImport;
	}

	/** A refused value: the spreadsheet's row (the header is 1) and column. */
	public record Problem(int row, String column, String message) {
	}

	/** A registration the upload made, for the organizer to print or send on. */
	public record Entered(String registrationNo, String name, String office, Status status, String claimCode) {
	}

	public sealed interface Result {

	}

	public record Stored(List<Entered> entered) implements Result {
	}

	public record NotStored(List<Problem> problems) implements Result {
	}

	/** The headers a template has: the roster's form columns, Chinese then English. */
	public static List<String> headers() {
		return RosterColumns.formColumns().stream().map(RosterColumns.Column::header).toList();
	}

	/** The empty template to type forms into, as a download. */
	public static ResponseEntity<StreamingResponseBody> template(Workshop workshop) {
		return Spreadsheets.download(workshop.id() + "-paper-forms-template.xlsx", Spreadsheets.XLSX,
				(out) -> Spreadsheets.xlsx(headers(), (row) -> {
				}, "報名表 Forms", out));
	}

	public Result upload(Workshop workshop, String filename, byte[] content) {
		if (content.length == 0) {
			return refused(0, "", "檔案是空的 / the file is empty");
		}
		if (content.length > MAX_BYTES) {
			return refused(0, "", "檔案超過 2 MB / the file is over 2 MB");
		}
		List<List<String>> table;
		try {
			table = isXlsx(filename, content) ? xlsx(content) : csv(content);
		}
		catch (IOException | RuntimeException ex) {
			return refused(0, "", "無法讀取：請上傳 XLSX 或 CSV / not readable: upload XLSX or CSV");
		}
		if (table.isEmpty()) {
			return refused(0, "", "沒有標題列 / no header row");
		}
		List<String> headers = table.get(0).stream().map(String::strip).toList();
		Map<Integer, String> fields = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (int c = 0; c < headers.size(); c++) {
			String header = headers.get(c);
			Optional<String> field = field(header);
			if (field.isPresent()) {
				fields.put(c, field.get());
			}
			else if (!header.isEmpty() && !IGNORED.contains(header)) {
				problems.add(new Problem(1, header, "不認得這一欄（請用範本的欄名）/ unknown column: use the template's"));
			}
		}
		List<Map<String, String>> answers = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			Map<String, String> row = new HashMap<>();
			List<String> cells = table.get(r);
			fields.forEach((c, field) -> {
				String cell = (c < cells.size()) ? cells.get(c).strip() : "";
				if (!cell.isEmpty()) {
					row.put(field, cell);
				}
			});
			// Excel keeps rows someone once touched; an empty one is no form.
			if (!row.isEmpty()) {
				answers.add(row);
				rowNumbers.add(r + 1);
			}
		}
		if (answers.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "", "沒有任何一列報名資料 / no rows of forms"));
		}
		if (answers.size() > ImportRows.MAX_ROWS) {
			problems.add(new Problem(0, "",
					"一次最多 " + ImportRows.MAX_ROWS + " 列 / at most " + ImportRows.MAX_ROWS + " rows at a time"));
		}
		if (!problems.isEmpty()) {
			return new NotStored(problems);
		}
		return entered(this.formImport.answers(workshop, answers), rowNumbers);
	}

	private static Result entered(FormImport.Outcome outcome, List<Integer> rowNumbers) {
		if (outcome instanceof FormImport.Imported imported) {
			List<Entered> entered = new ArrayList<>();
			for (int i = 0; i < imported.seats().size(); i++) {
				var seat = imported.seats().get(i);
				var applicant = imported.applicants().get(i);
				entered.add(new Entered(seat.registrationNo(), applicant.name(), applicant.office(), seat.status(),
						seat.claimCode()));
			}
			return new Stored(entered);
		}
		if (outcome instanceof FormImport.Refused refused) {
			return new NotStored(refused.problems()
				.stream()
				.map((problem) -> new Problem((problem.row() >= 1 && problem.row() <= rowNumbers.size())
						? rowNumbers.get(problem.row() - 1) : 0, header(problem.field()), problem.message()))
				.toList());
		}
		return refused(0, "", ((FormImport.Closed) outcome).message());
	}

	private static NotStored refused(int row, String column, String message) {
		return new NotStored(List.of(new Problem(row, column, message)));
	}

	/** A template's header, its Chinese or English half, or the import's field name. */
	private static Optional<String> field(String header) {
		String wanted = header.toLowerCase(Locale.ROOT);
		for (RosterColumns.Column column : RosterColumns.formColumns()) {
			String full = column.header().toLowerCase(Locale.ROOT);
			int space = full.indexOf(' ');
			if (wanted.equals(full) || wanted.equals(column.field().toLowerCase(Locale.ROOT)) || (space > 0
					&& (wanted.equals(full.substring(0, space)) || wanted.equals(full.substring(space + 1))))) {
				return Optional.of(column.field());
			}
		}
		return Optional.empty();
	}

	private static String header(String field) {
		if (field == null) {
			return "";
		}
		return RosterColumns.formColumns()
			.stream()
			.filter((column) -> column.field().equals(field))
			.map(RosterColumns.Column::header)
			.findFirst()
			.orElse(field);
	}

	private static boolean isXlsx(String filename, byte[] content) {
		// A ZIP's signature: XLSX is one, whatever the file is called.
		return (content.length > 1 && content[0] == 'P' && content[1] == 'K')
				|| (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
	}

	private static List<List<String>> xlsx(byte[] content) throws IOException {
		List<List<String>> table = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(text(row.getCell(c)));
				}
				table.add(cells);
			}
		}
		return table;
	}

	/**
	 * A cell as typed: a formula is its text (never run), a date cell is a date, a number
	 * has no trailing {@code .0}.
	 */
	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.FORMULA) {
			return "=" + cell.getFormula();
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && format.toLowerCase(Locale.ROOT).matches(".*[ymd].*")) {
				return DATE.format(cell.asDate());
			}
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		return cell.getText();
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		String text = decode(content);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<List<String>> table = new ArrayList<>();
		for (CSVRecord record : CSVFormat.EXCEL.parse(new StringReader(text))) {
			table.add(record.toList());
		}
		return table;
	}

	/** UTF-8 when it is valid UTF-8, else Big5 (Windows code page 950). */
	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, BIG5);
		}
	}

}
