package tw.workshopbot.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import tw.workshopbot.registration.Roster;

/**
 * Writes a roster as it is read, a page at a time: CSV for any tool, XLSX for Excel.
 * Neither holds the whole roster in memory.
 */
final class RosterExport {

	/**
	 * A cell starting with one of these is read as a formula by spreadsheets (CSV
	 * injection).
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r\n";

	private RosterExport() {
	}

	/**
	 * UTF-8 with a byte order mark, which is how Excel on Windows recognises UTF-8 (else
	 * the Chinese turns to mojibake).
	 */
	static void csv(Roster roster, String workshopId, ZoneId zone, OutputStream out) throws IOException {
		List<RosterColumns.Column> columns = RosterColumns.all(zone);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
		printer.printRecord(columns.stream().map(RosterColumns.Column::header).toList());
		roster.forEachPage(workshopId, (page) -> page.forEach((registration) -> {
			try {
				printer.printRecord(columns.stream().map((column) -> neutralized(column.cell().apply(registration))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
		printer.flush();
	}

	/**
	 * Text cells stay text in XLSX: a cell beginning with {@code =} is never a formula
	 * there, so values are written as they are.
	 */
	static void xlsx(Roster roster, String workshopId, String sheetName, ZoneId zone, OutputStream out)
			throws IOException {
		List<RosterColumns.Column> columns = RosterColumns.all(zone);
		Workbook workbook = new Workbook(out, "workshop-line-bot", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c).header());
			sheet.style(0, c).bold().set();
		}
		sheet.freezePane(0, 1);
		int[] row = { 1 };
		roster.forEachPage(workshopId, (page) -> {
			for (var registration : page) {
				for (int c = 0; c < columns.size(); c++) {
					sheet.value(row[0], c, columns.get(c).cell().apply(registration));
				}
				row[0]++;
			}
			try {
				sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		sheet.finish();
		workbook.finish();
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
