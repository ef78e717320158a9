package tw.workshopbot.workshop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An office invited to a workshop.
 *
 * @param name as staff write it (西屯區公所)
 * @param required whether the organizer requires it to send someone
 * @param other the 「其他單位」 choice: the person names their unit, and earns no learning
 * hours (the offices' advisory teams)
 */
public record Office(String name, boolean required, boolean other) {

	public Office {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An office needs a name");
		}
		name = name.strip();
	}

	/** From a catalog or the API, where a flag left out means false. */
	@JsonCreator
	static Office read(@JsonProperty("name") String name, @JsonProperty("required") Boolean required,
			@JsonProperty("other") Boolean other) {
		return new Office(name, Boolean.TRUE.equals(required), Boolean.TRUE.equals(other));
	}

}
