package tw.workshopbot.richmenu;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import javax.imageio.ImageIO;

/**
 * Draws the rich menu's image from {@link RichMenuPlan} and the command words in the
 * bundles, so that picture and tappable areas agree. Not part of the build: the PNG is
 * shipped (src/main/resources/richmenu/menu.png) because build machines lack CJK fonts.
 * Redraw after changing the plan or the words, on a machine with Noto Sans CJK TC
 * ({@code apt-get install fonts-noto-cjk}):
 *
 * <pre>
 * ./mvnw -q test-compile &amp;&amp; java -cp target/classes:target/test-classes \
 *   tw.workshopbot.richmenu.DrawRichMenuImage src/main/resources/richmenu/menu.png
 * </pre>
 */
public final class DrawRichMenuImage {

	private static final Color BACKGROUND = new Color(0xF4F1EA);

	private static final Color INK = new Color(0x1F3A4D);

	private static final Color ACCENT = new Color(0x2E8B7A);

	private static final Color LINE = new Color(0xC9C2B3);

	private DrawRichMenuImage() {
	}

	public static void main(String[] args) throws IOException {
		String family = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
			.filter((name) -> name.equals("Noto Sans CJK TC"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Noto Sans CJK TC is not installed"));
		Properties zh = bundle("/messages.properties");
		Properties en = bundle("/messages_en.properties");
		RichMenuPlan plan = RichMenuPlan.standard();
		BufferedImage image = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(BACKGROUND);
		g.fillRect(0, 0, plan.width(), plan.height());
		for (RichMenuPlan.Button button : plan.buttons()) {
			g.setColor(LINE);
			g.setStroke(new BasicStroke(4));
			g.drawRect(button.x(), button.y(), button.width(), button.height());
			g.setColor(ACCENT);
			g.fillRoundRect(button.x() + button.width() / 2 - 60, button.y() + 70, 120, 14, 14, 14);
			centred(g, new Font(family, Font.BOLD, 150), INK, first(zh, button.command()), button, 270);
			centred(g, new Font(family, Font.PLAIN, 70), ACCENT, title(first(en, button.command())), button, 370);
		}
		g.dispose();
		Path out = Path.of(args.length > 0 ? args[0] : "menu.png");
		ImageIO.write(image, "png", out.toFile());
		System.out.println("Wrote " + out + " (" + Files.size(out) + " bytes)");
	}

	private static void centred(Graphics2D g, Font font, Color color, String text, RichMenuPlan.Button button,
			int baseline) {
		g.setFont(font);
		g.setColor(color);
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, button.x() + (button.width() - metrics.stringWidth(text)) / 2, button.y() + baseline);
	}

	private static String first(Properties bundle, String command) {
		return bundle.getProperty("command." + command).split(",")[0].strip();
	}

	private static String title(String words) {
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DrawRichMenuImage.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
