package tw.workshopbot.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a table as its rows come, CSV for any tool and XLSX for Excel: a roster is fed a
 * page at a time, so neither holds the whole of it in memory.
 */
final class Spreadsheets {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/**
	 * A cell starting with one of these is read as a formula by spreadsheets (CSV
	 * injection).
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r\n";

	/** XLSX rows are flushed to the response every this many. */
	private static final int FLUSH_EVERY = 500;

	private Spreadsheets() {
	}

	/** Feeds a table's rows, in order, to the writer. */
	@FunctionalInterface
	interface Rows {

		void each(Consumer<List<String>> row);

	}

	static ResponseEntity<StreamingResponseBody> download(String filename, MediaType type, StreamingResponseBody body) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(filename, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	/**
	 * UTF-8 with a byte order mark, which is how Excel on Windows recognises UTF-8 (else
	 * the Chinese turns to mojibake).
	 */
	static void csv(List<String> headers, Rows rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
		printer.printRecord(headers);
		rows.each((cells) -> {
			try {
				printer.printRecord(cells.stream().map(Spreadsheets::neutralized).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	/**
	 * Text cells stay text in XLSX: a cell beginning with {@code =} is never a formula
	 * there, so values are written as they are, and an ID number or ROC date keeps its
	 * leading zero.
	 */
	static void xlsx(List<String> headers, Rows rows, String sheetName, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "workshop-line-bot", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
		sheet.freezePane(0, 1);
		int[] row = { 1 };
		rows.each((cells) -> {
			for (int c = 0; c < cells.size(); c++) {
				sheet.value(row[0], c, cells.get(c));
			}
			if (row[0]++ % FLUSH_EVERY == 0) {
				flush(sheet);
			}
		});
		sheet.finish();
		workbook.finish();
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Prefixes a quote so a spreadsheet shows the text instead of running it (OWASP's CSV
	 * injection advice).
	 */
	static String neutralized(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

}
