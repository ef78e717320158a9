package tw.workshopbot.richmenu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotTexts;
import tw.workshopbot.chat.Commands;
import tw.workshopbot.chat.Said;

/**
 * {@code java -jar workshop-line-bot.jar --rich-menu}: installs the default rich menu
 * (報名, 我的報名, 簽到, 簽退, 直播連結, 說明) with its shipped image, then removes the menu it replaces
 * so that running it again does not pile menus up (LINE keeps at most 1,000).
 */
@Component
public class RichMenuCommand implements ApplicationRunner {

	/**
	 * The option that asks for it; the application then takes any free port and exits.
	 */
	public static final String OPTION = "rich-menu";

	static final String IMAGE = "/richmenu/menu.png";

	private static final Logger log = LoggerFactory.getLogger(RichMenuCommand.class);

	private final RichMenus menus;

	private final Commands commands;

	RichMenuCommand(RichMenus menus, Commands commands) {
		this.menus = menus;
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(OPTION)) {
			String id = install();
			log.info("Rich menu {} is now the default menu", id);
		}
	}

	/**
	 * @return the new default menu's id
	 */
	public String install() {
		RichMenuPlan plan = RichMenuPlan.standard();
		List<RichMenus.Tap> taps = plan.buttons().stream().map(this::tap).toList();
		Optional<String> previous = this.menus.currentDefault();
		String id = this.menus.installAsDefault(plan, taps, image());
		previous.filter((old) -> !old.equals(id)).ifPresent((old) -> {
			this.menus.delete(old);
			log.info("Deleted the rich menu {} it replaced", old);
		});
		return id;
	}

	/** A tap says the command in zh-TW; the chat knows both languages' words. */
	private RichMenus.Tap tap(RichMenuPlan.Button button) {
		String words = this.commands.label(button.command(), BotTexts.ZH_TW);
		return new RichMenus.Tap(button, Said.data(Map.of("t", words)), words);
	}

	static byte[] image() {
		try (InputStream in = RichMenuCommand.class.getResourceAsStream(IMAGE)) {
			if (in == null) {
				throw new IllegalStateException("The rich menu image " + IMAGE + " is missing from the build");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
