/**
 * Who the organizers are (configured or invited), what they may do in chat, their
 * registration counts, one-time codes, and the audit trail of every organizer action.
 */
package tw.workshopbot.organizer;
