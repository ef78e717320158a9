/**
 * The organizers' console: web pages signed in through a one-time link the bot sends in
 * LINE (or with ADMIN_TOKEN), on the same services as the admin API, with sessions in
 * Redis.
 */
package tw.workshopbot.console;
