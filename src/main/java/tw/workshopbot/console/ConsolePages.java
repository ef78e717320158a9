package tw.workshopbot.console;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/** What every console page about one workshop starts from. */
final class ConsolePages {

	private ConsolePages() {
	}

	/** The workshop, in any letter case of its id, or the console's not-found page. */
	static Workshop existing(Workshops workshops, String id) {
		return workshops.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No workshop " + id));
	}

	/** upcoming, running or ended. */
	static String state(Workshop workshop, Instant now) {
		if (workshop.hasEnded(now)) {
			return "ended";
		}
		return now.isBefore(workshop.startsAt()) ? "upcoming" : "running";
	}

}
