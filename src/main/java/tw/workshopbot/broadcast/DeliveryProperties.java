package tw.workshopbot.broadcast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are scheduled and sent.
 *
 * @param pollEvery how often the service asks what is due now: the delay between the
 * scheduled minute and the first request is at most this
 * @param lease how long an instance keeps a delivery to itself without renewing it: the
 * pause before another instance resumes a delivery whose sender died
 * @param maxBackoff the longest pause between two attempts of a failed request
 * @param keepFor how long a finished delivery stays readable
 * @param linkMissingWarning how long before a session without a stream link the
 * organizers are reminded
 */
@ConfigurationProperties("delivery")
record DeliveryProperties(@DefaultValue("250ms") Duration pollEvery, @DefaultValue("15s") Duration lease,
		@DefaultValue("5m") Duration maxBackoff, @DefaultValue("90d") Duration keepFor,
		@DefaultValue("30m") Duration linkMissingWarning) {
}
