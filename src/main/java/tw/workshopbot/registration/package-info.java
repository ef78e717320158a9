/**
 * Registrations and the rules they never break: one per person and workshop, the
 * deadline, the capacity with its waitlist, the last seat given once. Each rule is one
 * Lua script on one workshop's keys, so it holds under concurrency and on a Redis
 * Cluster.
 */
package tw.workshopbot.registration;
