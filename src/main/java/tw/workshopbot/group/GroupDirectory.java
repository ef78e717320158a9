package tw.workshopbot.group;

import java.util.Optional;

/** Looks a group's name up on LINE. */
public interface GroupDirectory {

	Optional<String> nameOf(String groupId);

}
