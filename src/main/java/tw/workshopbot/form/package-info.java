/**
 * The sign-up form's fields as values that validate themselves: the only way what a
 * person typed (in chat or on a faxed form keyed in by an organizer) enters the domain.
 */
package tw.workshopbot.form;
