/**
 * Check-in and check-out in the 1:1 chat, timed by when the person tapped, and the rule
 * that only a whole session (on time in, not early out) earns learning hours.
 */
package tw.workshopbot.attendance;
