/**
 * Messages the bot sends on its own to many chats: the stream link at its minute, the
 * day-before reminder and announcements. Each goes out as a delivery whose every request
 * (recipients, body, retry key) is stored before the first attempt, so that retries,
 * other instances and restarts replay it and LINE accepts it once.
 */
package tw.workshopbot.broadcast;
