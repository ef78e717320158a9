/**
 * How the service comes up: settings, the clock, local mode (a Redis server and secrets
 * of its own when no REDIS_URL is given) and the start-up message.
 */
package tw.workshopbot.setup;
