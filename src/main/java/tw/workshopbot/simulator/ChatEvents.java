package tw.workshopbot.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells open pages what changed, as server-sent events: {@code chat-<id>} when a chat got
 * a line, {@code requests} when the bot called the stand-in, {@code clock} when the clock
 * moved. The page fetches what changed; the events carry no content.
 */
final class ChatEvents {

	private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();

	SseEmitter open() {
		SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
		emitter.onCompletion(() -> this.pages.remove(emitter));
		emitter.onTimeout(() -> this.pages.remove(emitter));
		emitter.onError((ex) -> this.pages.remove(emitter));
		this.pages.add(emitter);
		try {
			// Spring sends the stream's headers with its first write: without one, the
			// page's EventSource stays "connecting", never fires its open event, and a
			// line that came between the page and its stream is shown by nothing.
			emitter.send(SseEmitter.event().comment("open"));
		}
		catch (IOException ex) {
			this.pages.remove(emitter);
		}
		return emitter;
	}

	void chatChanged(String chatId) {
		send("chat-" + chatId);
	}

	void requestsChanged() {
		send("requests");
	}

	void clockMoved() {
		send("clock");
	}

	/**
	 * Ends every page's stream when the service stops: an open stream would otherwise
	 * hold the graceful shutdown for its whole 30 seconds.
	 */
	void closeAll() {
		this.pages.forEach(SseEmitter::complete);
		this.pages.clear();
	}

	private void send(String name) {
		for (SseEmitter page : this.pages) {
			try {
				page.send(SseEmitter.event().name(name).data(name));
			}
			catch (IOException | IllegalStateException ex) {
				// The page went away; its emitter is dropped.
				this.pages.remove(page);
			}
		}
	}

}
