package tw.workshopbot.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param openedKept how many opened registrations are kept in memory, so that a console
 * page over a large roster does not decrypt and parse every card on every view (one
 * workshop of 10,000 and some to spare; about 3 kB each)
 * @param openedFor how long an opened registration is kept at most: personal data lingers
 * decrypted in memory no longer than this
 */
@ConfigurationProperties("roster")
record RosterProperties(int openedKept, Duration openedFor) {

	RosterProperties {
		openedKept = (openedKept > 0) ? openedKept : 12_000;
		openedFor = (openedFor != null) ? openedFor : Duration.ofMinutes(10);
	}

}
