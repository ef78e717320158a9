package tw.workshopbot.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.form.FormField;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Status;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster, the import template and the API's JSON have a column for every field of the
 * form's table, named as the table names it, identity masked.
 */
class RosterColumnsTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	private final Registration registration = registration();

	@Test
	void hasAColumnPerFieldInTheTablesOrderAndTheTemplateReadsThem() {
		List<String> fields = Stream.of(FormField.values()).map(FormField::field).toList();

		assertThat(RosterColumns.formColumns().stream().map(RosterColumns.Column::field).toList()).isEqualTo(fields);
		assertThat(RosterColumns.headers())
			.containsSubsequence(Stream.of(FormField.values()).map(FormField::rosterHeader).toList());
	}

	@Test
	void showsEveryFieldMaskedWhereItIsIdentity() {
		Map<String, String> row = row(this.registration);

		assertThat(row).containsEntry("身分證字號 ID number", "A12*****89")
			.containsEntry("出生年月日 Date of birth", "1985-**-**")
			.containsEntry("手機 Mobile", "0912-345-678")
			.containsEntry("連絡電話（日間） Day phone", "0422289111#25204")
			.containsEntry("學習時數 Learning hours", "需要");
		Stream.of(FormField.values()).forEach((field) -> assertThat(row.get(field.rosterHeader())).isNotBlank());
	}

	@Test
	void theApiNamesEveryFieldAsTheTableDoes() {
		Map<String, Object> form = RegistrationJson.of(this.registration, TAIPEI).form();

		assertThat(form.keySet())
			.containsExactlyElementsOf(Stream.of(FormField.values()).map(FormField::field).toList());
		assertThat(form).containsEntry("nationalId", "A12*****89")
			.containsEntry("learningHours", true)
			.containsEntry("gender", "男");
		String json = JsonMapper.builder().build().writeValueAsString(RegistrationJson.of(this.registration, TAIPEI));
		assertThat(json).contains("\"nationalId\":\"A12*****89\"", "\"registrationNo\":\"0001\"")
			.doesNotContain("\"form\"", "A123456789");
	}

	private static Map<String, String> row(Registration registration) {
		Map<String, String> row = new java.util.LinkedHashMap<>();
		RosterColumns.all(TAIPEI).forEach((column) -> row.put(column.header(), column.cell().apply(registration)));
		return row;
	}

	private static Registration registration() {
		Instant starts = Instant.parse("2026-12-01T06:30:00Z");
		Workshop workshop = new Workshop("T1", "工作坊", null, starts, starts.plusSeconds(7200),
				starts.minusSeconds(86400), null, BigDecimal.valueOf(2), null,
				List.of(new Office("西屯區公所", false, false)), List.of());
		Applicant applicant = SampleForm.withHours(workshop, "U1", LocalDate.of(2026, 11, 22)).applicant();
		return new Registration("0001", "T1", Status.CONFIRMED, "U1", applicant.office(), true, applicant,
				Registration.SELF, starts.minusSeconds(86400 * 3), null, null, null, null, applicant.name(), null);
	}

}
