/**
 * What happens in a chat, in the service's own terms: the events people cause, the
 * messages the bot sends back, and the router that decides which feature answers. Nothing
 * here knows the LINE SDK; the {@code line} package translates at the edge.
 */
package tw.workshopbot.chat;
