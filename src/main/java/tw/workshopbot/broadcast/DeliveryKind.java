package tw.workshopbot.broadcast;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a delivery carries. */
public enum DeliveryKind {

	@JsonProperty("stream-link")
	STREAM_LINK,

	@JsonProperty("stream-link-updated")
	STREAM_LINK_UPDATED,

	@JsonProperty("day-before")
	DAY_BEFORE,

	@JsonProperty("announcement")
	ANNOUNCEMENT,

	@JsonProperty("check-out-reminder")
	CHECK_OUT_REMINDER,

	/**
	 * To the workshop's organizers: warnings, summaries, reports; never listed or
	 * reported.
	 */
	@JsonProperty("organizer-notice")
	ORGANIZER_NOTICE

}
