/**
 * The durable inbox between the webhook and the features: an acknowledged event is in
 * Redis (sealed) before LINE hears 200, and workers handle each chat's events in order,
 * one at a time per chat, across every instance that shares the Redis.
 */
package tw.workshopbot.inbox;
