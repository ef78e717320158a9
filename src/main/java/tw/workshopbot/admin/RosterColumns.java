package tw.workshopbot.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import tw.workshopbot.form.FieldLabel;
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
		return List.of(new Column("報名編號 Registration no.", Registration::registrationNo),
				new Column("狀態 Status", RosterColumns::status),
				new Column("報名時間 Registered at", (r) -> CREATED.format(r.createdAt().atZone(zone))),
				new Column("姓名 Name", (r) -> (r.name() != null) ? r.name() : ERASED, FieldLabel.NAME.field()),
				new Column("區公所 Office", Registration::office, FieldLabel.OFFICE.field()),
				person("課室 Section", FieldLabel.SECTION, Applicant::section),
				person("職稱 Job title", FieldLabel.TITLE, Applicant::title),
				new Column("學習時數 Learning hours", (r) -> r.learningHours() ? "需要" : "不需要",
						FieldLabel.LEARNING_HOURS.field()),
				person("身分證字號 ID number", FieldLabel.NATIONAL_ID,
						(a) -> (a.nationalId() != null) ? a.nationalId().masked() : pending(a)),
				person("出生年月日 Date of birth", FieldLabel.BIRTH_DATE,
						(a) -> (a.birthDate() != null) ? a.birthDate().masked() : ""),
				person("性別 Gender", FieldLabel.GENDER, (a) -> a.gender().label()),
				person("電子信箱 E-mail", FieldLabel.EMAIL, (a) -> a.email().value()),
				person("連絡電話（日間） Day phone", FieldLabel.DAY_PHONE, (a) -> a.dayPhone().display()),
				person("手機 Mobile", FieldLabel.MOBILE, (a) -> a.mobile().display()),
				person("通訊地址 Address", FieldLabel.ADDRESS, Applicant::address),
				person("YouTube ID/暱稱", FieldLabel.YOUTUBE_ID, Applicant::youtubeId),
				person("LINE ID/暱稱", FieldLabel.LINE_ID, Applicant::lineId),
				new Column("LINE 帳號 Linked", (r) -> (r.lineUserId() != null) ? "已連結" : "未連結"),
				new Column("認領碼 Claim code", (r) -> (r.claimCode() != null) ? r.claimCode() : ""),
				new Column("登錄者 Entered by", Registration::enteredBy),
				new Column("換人參加 Handed over", (r) -> handedOver(r, zone)));
	}

	private static Column person(String header, FieldLabel field, Function<Applicant, String> cell) {
		return new Column(header, (r) -> r.isErased() ? (r.isPurged() ? PURGED : "") : cell.apply(r.applicant()),
				field.field());
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
