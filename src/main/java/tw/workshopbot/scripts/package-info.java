/**
 * How the service's Lua scripts answer: one JSON object each, read into a record.
 */
package tw.workshopbot.scripts;
