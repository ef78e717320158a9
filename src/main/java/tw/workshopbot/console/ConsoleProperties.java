package tw.workshopbot.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param linkValidFor how long a sign-in link sent in LINE can be used (once)
 * @param idleTimeout a session unused this long ends
 * @param longestSession a session ends this long after sign-in, however busy
 * @param failuresAllowed failed sign-ins from one address within {@code failureWindow}
 * before it is locked out for {@code lockedFor}
 */
@ConfigurationProperties("console")
record ConsoleProperties(Duration linkValidFor, Duration idleTimeout, Duration longestSession, int failuresAllowed,
		Duration failureWindow, Duration lockedFor) {

	ConsoleProperties {
		linkValidFor = (linkValidFor != null) ? linkValidFor : Duration.ofMinutes(10);
		idleTimeout = (idleTimeout != null) ? idleTimeout : Duration.ofMinutes(30);
		longestSession = (longestSession != null) ? longestSession : Duration.ofHours(12);
		failuresAllowed = (failuresAllowed > 0) ? failuresAllowed : 5;
		failureWindow = (failureWindow != null) ? failureWindow : Duration.ofMinutes(10);
		lockedFor = (lockedFor != null) ? lockedFor : Duration.ofMinutes(10);
	}

}
