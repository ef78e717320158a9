package tw.workshopbot.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import tw.workshopbot.registration.ApplicationForm;
import tw.workshopbot.registration.NewRegistration;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.workshop.Workshop;

/** A filled-in sign-up form, as the seed's form asks it. */
public final class SampleForm {

	private SampleForm() {
	}

	public static Map<String, String> answers() {
		Map<String, String> answers = new HashMap<>();
		answers.put("name", "王小明");
		answers.put("office", "西屯區公所");
		answers.put("section", "民政課");
		answers.put("title", "課員");
		answers.put("learningHours", "需要");
		answers.put("nationalId", "a123456789");
		answers.put("birthDate", "74/03/14");
		answers.put("gender", "男");
		answers.put("email", "ming@Taichung.GOV.tw");
		answers.put("dayPhone", "04-2228-9111 轉 25204");
		answers.put("mobile", "0912-345-678");
		answers.put("address", "臺中市西屯區臺灣大道三段99號");
		answers.put("youtubeId", "小明");
		answers.put("lineId", "ming");
		return answers;
	}

	/**
	 * A registration without learning hours, linked to a LINE user, or entered by an
	 * organizer for someone not in LINE when the user id is null.
	 */
	public static NewRegistration registration(Workshop workshop, String name, String lineUserId, LocalDate today) {
		Map<String, String> answers = answers();
		answers.put("name", name);
		answers.put("learningHours", "不需要");
		return registration(workshop, answers, lineUserId, today);
	}

	/** The sample form as it is: learning hours requested, ID number A123456789. */
	public static NewRegistration withHours(Workshop workshop, String lineUserId, LocalDate today) {
		return registration(workshop, answers(), lineUserId, today);
	}

	/** The sample form with learning hours for another person (another ID number). */
	public static NewRegistration withHours(Workshop workshop, String lineUserId, LocalDate today, String nationalId) {
		Map<String, String> answers = answers();
		answers.put("nationalId", nationalId);
		return registration(workshop, answers, lineUserId, today);
	}

	/** A form of one's own answers. */
	public static NewRegistration registration(Workshop workshop, Map<String, String> answers, String lineUserId,
			LocalDate today) {
		ApplicationForm.Reading reading = ApplicationForm.read(answers, workshop, today);
		if (!reading.problems().isEmpty()) {
			throw new IllegalStateException("The sample form does not fit " + workshop.id());
		}
		return new NewRegistration(reading.applicant(), lineUserId,
				(lineUserId != null) ? Registration.SELF : Registration.ADMIN, null);
	}

}
