package tw.workshopbot.organizer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param userIds ORGANIZER_USER_IDS, comma-separated LINE user ids who are organizers
 * from the start (the bureau's and the studio's staff); others join by invitation
 */
@ConfigurationProperties("organizer")
record OrganizerProperties(List<String> userIds) {

	public OrganizerProperties {
		userIds = (userIds == null) ? List.of()
				: userIds.stream().map(String::strip).filter((id) -> !id.isEmpty()).toList();
	}

}
