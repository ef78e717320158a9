/**
 * Keeping personal data only as long as needed: the scheduled purge after each workshop's
 * retention period.
 */
package tw.workshopbot.retention;
