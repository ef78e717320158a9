/**
 * What happens in a chat, in the service's own terms: the events people cause, the
 * messages the bot sends back, and what a feature offers the router (its commands, what
 * it leaves open with a person). Nothing here knows the LINE SDK; the {@code line}
 * package translates at the edge.
 */
package tw.workshopbot.chat;
