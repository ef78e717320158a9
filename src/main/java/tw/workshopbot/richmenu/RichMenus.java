package tw.workshopbot.richmenu;

import java.util.List;

/** LINE's rich-menu API, as far as the menu command needs it. */
public interface RichMenus {

	/**
	 * Creates the menu, uploads its image and makes it the default for everyone.
	 * @param areas the plan's buttons with what each says when tapped
	 * @param png the image, exactly the plan's size
	 * @return the new menu's id
	 */
	String installAsDefault(RichMenuPlan plan, List<Tap> areas, byte[] png);

	/** The default menu set through the API, if any. */
	java.util.Optional<String> currentDefault();

	void delete(String richMenuId);

	/**
	 * What tapping an area sends: a postback the chat takes like the typed command, and
	 * the words shown in the chat as if the person had typed them.
	 */
	record Tap(RichMenuPlan.Button button, String data, String displayText) {
	}

}
