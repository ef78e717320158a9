package tw.workshopbot.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser of the console's as HTTP sees it: its own cookies, no redirects followed,
 * forms posted with the page's CSRF token as a browser posts them.
 */
final class ConsoleClient {

	private static final Pattern LINK = Pattern.compile("(/console/sign-in/link\\?t=[A-Za-z0-9_-]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	ConsoleClient(int port) {
		this.port = port;
	}

	/** Sends 後台 in the person's 1:1 chat and reads the link off the bot's card. */
	static String linkFromLine(Rehearsal rehearsal, SimulatorStore store, String userId) {
		int before = store.lines(userId).size();
		rehearsal.say(userId, userId, "後台");
		return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			var lines = store.lines(userId);
			for (int i = lines.size() - 1; i > before; i--) {
				Matcher link = LINK.matcher(lines.get(i).body());
				if (lines.get(i).fromBot() && link.find()) {
					return link.group(1);
				}
			}
			return null;
		}, Objects::nonNull);
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	HttpResponse<byte[]> bytes(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> get(String path, String header, String value) {
		return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET().build());
	}

	HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/**
	 * The form on {@code page} posted to {@code action} with these fields and its token.
	 */
	HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf(page));
		return post(action,
				all.entrySet()
					.stream()
					.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
							+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&")));
	}

	/** A file chosen in the page's upload form and sent as multipart/form-data. */
	HttpResponse<String> upload(String page, String action, String filename, byte[] content) {
		String boundary = "----console" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String token = csrf(page);
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	String csrf(String path) {
		Matcher token = CSRF.matcher(get(path).body());
		assertThat(token.find()).as("a CSRF field on %s", path).isTrue();
		return token.group(1);
	}

	/** Opens the link's page and presses its button, as a person does. */
	HttpResponse<String> signInWith(String link) {
		String token = csrf(link);
		String t = link.substring(link.indexOf("t=") + 2);
		return post("/console/sign-in/link", "t=" + URLEncoder.encode(t, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

	HttpCookie cookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("WB_CONSOLE"))
			.findFirst()
			.orElseThrow();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** As a browser asks for a page: an error comes back as the error page, not JSON. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private HttpResponse<String> send(HttpRequest request) {
		HttpRequest asBrowser = HttpRequest.newBuilder(request, (name, value) -> true).header("Accept", ACCEPT).build();
		try {
			return this.http.send(asBrowser, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
