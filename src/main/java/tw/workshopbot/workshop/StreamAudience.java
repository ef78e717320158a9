package tw.workshopbot.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who gets a workshop's stream link at its minute. */
public enum StreamAudience {

	@JsonProperty("groups")
	GROUPS,

	@JsonProperty("registrants")
	REGISTRANTS,

	@JsonProperty("both")
	BOTH;

	public boolean groups() {
		return this != REGISTRANTS;
	}

	public boolean registrants() {
		return this != GROUPS;
	}

}
