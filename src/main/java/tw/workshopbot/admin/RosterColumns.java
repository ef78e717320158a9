package tw.workshopbot.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tw.workshopbot.form.FormField;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.Registration;

/**
 * The roster's columns as organizers read it in a spreadsheet: the paper form's fields in
 * its order, headers in Chinese with English alongside. ID numbers and birth dates stay
 * masked; only the learning-hours list needs them whole.
 */
final class RosterColumns {

	/**
	 * @param field the import's name for a column the paper form fills in, else null
	 */
	record Column(String header, Function<Registration, String> cell, String field) {

		Column(String header, Function<Registration, String> cell) {
			this(header, cell, null);
		}

	}

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final String ERASED = "（個人資料已刪除 personal data erased）";

	/** An ID number a colleague could not type. */
	static final String PENDING = "（待本人補填 to be added by the person）";

	/** What the retention period removed: the name and office stay. */
	static final String PURGED = "（保存期限屆滿已刪除 purged after the retention period）";

	private RosterColumns() {
	}

	static List<String> headers() {
		return all(ZoneId.systemDefault()).stream().map(Column::header).toList();
	}

	/** The columns a paper form fills in, in the roster's order: a template's headers. */
	static List<Column> formColumns() {
		return all(ZoneId.systemDefault()).stream().filter((column) -> column.field() != null).toList();
	}

	static List<Column> all(ZoneId zone) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("報名編號 Registration no.", Registration::registrationNo));
		columns.add(new Column("狀態 Status", RosterColumns::status));
		columns.add(new Column("報名時間 Registered at", (r) -> CREATED.format(r.createdAt().atZone(zone))));
		for (FormField field : FormField.values()) {
			columns.add(new Column(field.rosterHeader(), cell(field), field.field()));
		}
		columns.add(new Column("LINE 帳號 Linked", (r) -> (r.lineUserId() != null) ? "已連結" : "未連結"));
		columns.add(new Column("認領碼 Claim code", (r) -> (r.claimCode() != null) ? r.claimCode() : ""));
		columns.add(new Column("登錄者 Entered by", Registration::enteredBy));
		columns.add(new Column("換人參加 Handed over", (r) -> handedOver(r, zone)));
		return List.copyOf(columns);
	}

	/**
	 * The name, office and hours are the registration's own and outlive the rest; the
	 * other fields come from the form while it is kept.
	 */
	private static Function<Registration, String> cell(FormField field) {
		return switch (field) {
			case NAME -> (r) -> (r.name() != null) ? r.name() : ERASED;
			case OFFICE -> Registration::office;
			case LEARNING_HOURS -> (r) -> r.learningHours() ? "需要" : "不需要";
			case NATIONAL_ID -> person(field, RosterColumns::pending);
			default -> person(field, (a) -> "");
		};
	}

	/**
	 * @param missing the cell of a form without this answer
	 */
	private static Function<Registration, String> person(FormField field, Function<Applicant, String> missing) {
		return (r) -> {
			if (r.isErased()) {
				return r.isPurged() ? PURGED : "";
			}
			Applicant applicant = r.applicant();
			return (applicant.value(field) != null) ? applicant.shown(field) : missing.apply(applicant);
		};
	}

	/** A colleague entered the form: the person adds the ID number after claiming. */
	private static String pending(Applicant applicant) {
		return applicant.identityPending() ? PENDING : "";
	}

	private static String handedOver(Registration registration, ZoneId zone) {
		if (registration.handOver() == null) {
			return "";
		}
		String at = CREATED.format(registration.handOver().at().atZone(zone));
		String from = registration.handOver().fromName();
		return (from != null) ? at + " 由 " + from + " 換人 (from " + from + ")" : at;
	}

	private static String status(Registration registration) {
		return switch (registration.status()) {
			case CONFIRMED -> "正取";
			case WAITLISTED -> "候補";
			case CANCELLED -> "已取消";
		};
	}

}
