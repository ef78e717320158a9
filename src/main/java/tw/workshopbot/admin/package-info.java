/**
 * The organizers' HTTP API and its guard: a bearer ADMIN_TOKEN for everything but the
 * webhook and the health probes.
 */
package tw.workshopbot.admin;
