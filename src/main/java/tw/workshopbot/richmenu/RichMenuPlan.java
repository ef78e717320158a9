package tw.workshopbot.richmenu;

import java.util.ArrayList;
import java.util.List;

/**
 * The default rich menu: six commands in two rows of three, on LINE's large "compact"
 * size (2500 × 843, aspect 2.97, within LINE's 800–2500 wide and ≥ 1.45). The shipped
 * image is drawn from this same plan, so the areas and the picture agree.
 *
 * @param chatBarText what the chat bar says (LINE allows 14 characters)
 */
public record RichMenuPlan(String name, String chatBarText, int width, int height, List<Button> buttons) {

	/** The commands on the menu, in reading order, by their bundle names. */
	static final List<String> COMMANDS = List.of("signup", "myRegistrations", "checkIn", "checkOut", "streamLink",
			"help");

	static final int WIDTH = 2500;

	static final int HEIGHT = 843;

	static final int COLUMNS = 3;

	/**
	 * One tappable area.
	 *
	 * @param command the bundle name of the command it sends ({@code command.<name>})
	 */
	public record Button(String command, int x, int y, int width, int height) {
	}

	public RichMenuPlan {
		if (chatBarText.length() > 14) {
			throw new IllegalArgumentException("LINE shows at most 14 characters in the chat bar");
		}
		buttons = List.copyOf(buttons);
	}

	/** The grid; the last column and row take the pixels that do not divide evenly. */
	public static RichMenuPlan standard() {
		int rows = (COMMANDS.size() + COLUMNS - 1) / COLUMNS;
		int cellWidth = WIDTH / COLUMNS;
		int cellHeight = HEIGHT / rows;
		List<Button> buttons = new ArrayList<>();
		for (int i = 0; i < COMMANDS.size(); i++) {
			int column = i % COLUMNS;
			int row = i / COLUMNS;
			int width = (column == COLUMNS - 1) ? WIDTH - column * cellWidth : cellWidth;
			int height = (row == rows - 1) ? HEIGHT - row * cellHeight : cellHeight;
			buttons.add(new Button(COMMANDS.get(i), column * cellWidth, row * cellHeight, width, height));
		}
		return new RichMenuPlan("workshop-bot default menu", "選單 Menu", WIDTH, HEIGHT, buttons);
	}

}
