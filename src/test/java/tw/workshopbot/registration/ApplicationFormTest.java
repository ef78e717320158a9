package tw.workshopbot.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.workshopbot.form.FormField;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole form read at once, as an import row is: every problem listed. */
class ApplicationFormTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final List<Office> TAICHUNG = List.of(new Office("中區區公所", false, false),
			new Office("西屯區公所", false, false), new Office("西區區公所", false, false), new Office("其他單位", false, true));

	private static final Workshop WITH_HOURS = workshop(BigDecimal.valueOf(2), TAICHUNG);

	static Map<String, String> form() {
		return SampleForm.answers();
	}

	@Test
	void readsAWholeFormWithNormalizedValues() {
		ApplicationForm.Reading reading = ApplicationForm.read(form(), WITH_HOURS, TODAY);

		Applicant applicant = reading.applicant();
		assertThat(applicant.nationalId().value()).isEqualTo("A123456789");
		assertThat(applicant.birthDate().value()).isEqualTo(LocalDate.of(1985, 3, 14));
		assertThat(applicant.email().value()).isEqualTo("ming@taichung.gov.tw");
		assertThat(applicant.dayPhone().display()).isEqualTo("0422289111#25204");
		assertThat(applicant.office()).isEqualTo("西屯區公所");
		assertThat(applicant.toString()).doesNotContain("A123456789", "王小明");
	}

	@Test
	void listsEveryProblemAtOnce() {
		Map<String, String> answers = form();
		answers.put("nationalId", "A123456788");
		answers.put("mobile", "12345");
		answers.remove("name");
		answers.put("office", "北屯區公所");

		ApplicationForm.Reading reading = ApplicationForm.read(answers, WITH_HOURS, TODAY);

		assertThat(reading.isValid()).isFalse();
		assertThat(reading.problems()).extracting(ApplicationForm.Problem::field)
			.containsExactly(FormField.NAME, FormField.OFFICE, FormField.NATIONAL_ID, FormField.MOBILE);
		assertThat(reading.problems()).extracting((problem) -> problem.refusal().messageKey())
			.containsExactly("form.required", "form.office.unknown", "form.nationalId.invalid", "form.mobile.invalid");
	}

	@Test
	void asksNoIdNumberWhenNoHoursAreWantedAndKeepsNoneThatCame() {
		Map<String, String> answers = form();
		answers.put("learningHours", "不需要");
		answers.put("nationalId", "not even valid");

		Applicant applicant = ApplicationForm.read(answers, WITH_HOURS, TODAY).applicant();

		assertThat(applicant.learningHours()).isFalse();
		assertThat(applicant.nationalId()).isNull();
		assertThat(applicant.birthDate()).isNull();
	}

	@Test
	void requiresTheIdNumberAndBirthDateWhenHoursAreWanted() {
		Map<String, String> answers = form();
		answers.remove("nationalId");
		answers.remove("birthDate");

		assertThat(ApplicationForm.read(answers, WITH_HOURS, TODAY).problems())
			.extracting(ApplicationForm.Problem::field)
			.containsExactly(FormField.NATIONAL_ID, FormField.BIRTH_DATE);
	}

	@Test
	void matchesOfficesAsStaffTypeThem() {
		assertThat(office("西屯")).isEqualTo("西屯區公所");
		assertThat(office("西屯區")).isEqualTo("西屯區公所");
		assertThat(office("西區")).isEqualTo("西區區公所");
		assertThat(office("中區")).isEqualTo("中區區公所");
		assertThat(office("其他單位：西屯區社造顧問團")).isEqualTo("其他單位：西屯區社造顧問團");
		assertThat(office("其他單位 (西屯區社造顧問團)")).isEqualTo("其他單位：西屯區社造顧問團");
	}

	@Test
	void refusesLearningHoursForOtherUnitsAndWhereNoneAreGranted() {
		Map<String, String> otherUnit = form();
		otherUnit.put("office", "其他單位：顧問團");
		Map<String, String> noHours = form();

		assertThat(ApplicationForm.read(otherUnit, WITH_HOURS, TODAY).problems())
			.extracting((problem) -> problem.refusal().messageKey())
			.containsExactly("form.office.noHours");
		assertThat(ApplicationForm.read(noHours, workshop(BigDecimal.ZERO, TAICHUNG), TODAY).problems())
			.extracting((problem) -> problem.refusal().messageKey())
			.containsExactly("form.learningHours.notOffered");
	}

	@Test
	void readsKinmensOfficesAndNumbers() {
		Workshop kinmen = workshop(BigDecimal.ONE,
				List.of(new Office("金城鎮公所", false, false), new Office("烈嶼鄉公所", false, false)));
		Map<String, String> answers = form();
		answers.put("office", "烈嶼");
		answers.put("dayPhone", "082-316899");

		Applicant applicant = ApplicationForm.read(answers, kinmen, TODAY).applicant();

		assertThat(applicant.office()).isEqualTo("烈嶼鄉公所");
		assertThat(applicant.dayPhone().number()).isEqualTo("082316899");
	}

	private static String office(String typed) {
		Map<String, String> answers = form();
		answers.put("office", typed);
		answers.put("learningHours", "不需要");
		ApplicationForm.Reading reading = ApplicationForm.read(answers, WITH_HOURS, TODAY);
		assertThat(reading.problems()).as(typed).isEmpty();
		return reading.applicant().office();
	}

	private static Workshop workshop(BigDecimal hours, List<Office> offices) {
		Instant start = Instant.parse("2026-12-01T06:30:00Z");
		return new Workshop("T1", "測試", null, start, start.plusSeconds(7200), start.minusSeconds(86400), null, hours,
				null, offices, List.of());
	}

}
