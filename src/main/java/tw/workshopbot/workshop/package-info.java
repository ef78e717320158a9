/**
 * Workshops and the offices invited to them: the catalog loaded from {@code CATALOG} at
 * start-up and kept in Redis, where organizers change it through the admin API.
 */
package tw.workshopbot.workshop;
