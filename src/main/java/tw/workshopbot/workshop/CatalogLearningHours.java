package tw.workshopbot.workshop;

import org.springframework.stereotype.Component;

/** The catalog's layout of the learning-hours list. */
@Component
public class CatalogLearningHours {

	private volatile LearningHoursLayout layout = LearningHoursLayout.DEFAULT;

	void use(LearningHoursLayout catalogLayout) {
		this.layout = catalogLayout;
	}

	public LearningHoursLayout layout() {
		return this.layout;
	}

}
