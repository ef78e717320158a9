/**
 * The LINE groups the bot is in: recorded when it joins, marked gone when it leaves, so
 * that organizers can link them to workshops.
 */
package tw.workshopbot.group;
