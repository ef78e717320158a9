package tw.workshopbot.simulator;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The default rich menu as the page draws it: its tappable areas over its image.
 *
 * @param heightPercent the menu's height as a share of its width
 */
public record RichMenuView(String chatBarText, double heightPercent, List<Area> areas) {

	/** The default rich menu as the stand-in holds it; null when there is none. */
	static RichMenuView of(SimulatorStore store, JsonMapper json) {
		return store.defaultRichMenu().flatMap(store::richMenu).map((stored) -> {
			var menu = json.readTree(stored);
			double width = menu.path("size").path("width").asDouble(2500);
			double height = menu.path("size").path("height").asDouble(843);
			List<RichMenuView.Area> areas = new ArrayList<>();
			menu.path("areas").forEach((area) -> {
				var bounds = area.path("bounds");
				areas.add(new RichMenuView.Area(100 * bounds.path("x").asDouble() / width,
						100 * bounds.path("y").asDouble() / height, 100 * bounds.path("width").asDouble() / width,
						100 * bounds.path("height").asDouble() / height, MessageView.Tap.of(area.path("action"))));
			});
			return new RichMenuView(menu.path("chatBarText").asString(""), 100 * height / width, areas);
		}).orElse(null);
	}

	/** An area, in percent of the menu's width and height. */
	public record Area(double left, double top, double width, double height, MessageView.Tap tap) {
	}

}
