/**
 * A LINE chat in the browser for trying and rehearsing the bot without a LINE channel:
 * test people and groups, a stand-in for LINE's Messaging API in this process, and a
 * clock that can be moved. Only active in local mode without an access token, or with
 * {@code SIMULATOR=true}; nothing outside this package knows it exists.
 */
package tw.workshopbot.simulator;
