package tw.workshopbot.form;

import org.springframework.context.MessageSourceResolvable;

/**
 * The form's fields by their labels, resolved per language when a message names one
 * (「姓名不可空白」 / "Name is required").
 */
public enum FieldLabel implements MessageSourceResolvable {

	NAME("name"), OFFICE("office"), SECTION("section"), TITLE("title"), LEARNING_HOURS("learningHours"),
	NATIONAL_ID("nationalId"), BIRTH_DATE("birthDate"), GENDER("gender"), EMAIL("email"), DAY_PHONE("dayPhone"),
	MOBILE("mobile"), ADDRESS("address"), YOUTUBE_ID("youtubeId"), LINE_ID("lineId");

	private final String field;

	FieldLabel(String field) {
		this.field = field;
	}

	/** The field's name in JSON and in import error lists. */
	public String field() {
		return this.field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { "form.field." + this.field };
	}

}
