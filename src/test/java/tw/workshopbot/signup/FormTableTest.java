package tw.workshopbot.signup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tw.workshopbot.form.FormField;
import tw.workshopbot.form.InvalidInput;
import tw.workshopbot.registration.Applicant;
import tw.workshopbot.registration.ApplicationForm;
import tw.workshopbot.support.SampleForm;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat asks the form's table: one question per field, in its order, each answer kept
 * in the written form an import reads the same way. A field added to the table is asked,
 * checked and kept with no other change here.
 */
class FormTableTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final Workshop WORKSHOP = workshop();

	private final Map<String, String> sample = SampleForm.answers();

	@Test
	void asksEveryFieldInTheTablesOrderWithTheUnitAfterTheOffice() {
		List<String> asked = Question.ALL.stream().map(Question::name).toList();

		List<String> table = Stream.of(FormField.values())
			.flatMap((field) -> (field == FormField.OFFICE) ? Stream.of(field.name(), "UNIT") : Stream.of(field.name()))
			.toList();
		assertThat(asked).isEqualTo(table);
		// A dialog stored with a question the form no longer has is unreadable, not asked
		// as null.
		assertThatThrownBy(() -> Question.ofName("FAX")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Question.path(Map.of("learningHours", "true"), WORKSHOP, true)).hasSize(FormField.values().length);
	}

	@Test
	void keepsEachChatAnswerAsTheImportReadsIt() {
		Applicant imported = ApplicationForm.read(this.sample, WORKSHOP, TODAY).applicant();
		assertThat(this.sample.keySet()).as("the sample form answers every field")
			.containsAll(Stream.of(FormField.values()).map(FormField::field).toList());

		for (Question question : Question.ALL) {
			if (question.isUnit()) {
				continue;
			}
			String typed = this.sample.get(question.answerKey());
			String kept = Answers.accept(question, typed, WORKSHOP, TODAY, Answers.of(imported));

			assertThat(kept).as(question.name()).isEqualTo(imported.value(question.field()));
		}
		assertThat(ApplicationForm.read(Answers.of(imported), WORKSHOP, TODAY).applicant()).isEqualTo(imported);
	}

	@Test
	void refusesAnEmptyAnswerToAnyQuestionNamingItsField() {
		for (Question question : Question.ALL) {
			if (question.isUnit()) {
				continue;
			}
			assertThatThrownBy(() -> Answers.accept(question, " ", WORKSHOP, TODAY, Map.of())).as(question.name())
				.isInstanceOfSatisfying(InvalidInput.class,
						(refused) -> assertThat(refused.arguments()).contains(question.field()));
		}
	}

	private static Workshop workshop() {
		Instant starts = Instant.parse("2026-12-01T06:30:00Z");
		return new Workshop("T1", "工作坊", null, starts, starts.plusSeconds(7200), starts.minusSeconds(86400), null,
				BigDecimal.valueOf(2), null,
				List.of(new Office("西屯區公所", false, false), new Office("其他單位", false, true)), List.of());
	}

}
