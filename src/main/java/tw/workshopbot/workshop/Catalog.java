package tw.workshopbot.workshop;

import java.time.LocalTime;
import java.util.List;

/**
 * A catalog file: the offices of one city or county and its workshops. Workshops that
 * list no offices invite all of the catalog's; those without a day-before reminder time
 * take the catalog's. The learning-hours list's columns default to the portal's usual
 * ones.
 */
public record Catalog(List<Office> offices, List<Workshop> workshops, LocalTime dayBeforeReminderAt,
		LearningHoursLayout learningHoursList) {

	public Catalog {
		offices = (offices != null) ? List.copyOf(offices) : List.of();
		workshops = (workshops != null) ? List.copyOf(workshops) : List.of();
		dayBeforeReminderAt = (dayBeforeReminderAt != null) ? dayBeforeReminderAt : Workshop.DEFAULT_REMINDER_TIME;
		learningHoursList = (learningHoursList != null) ? learningHoursList : LearningHoursLayout.DEFAULT;
	}

}
