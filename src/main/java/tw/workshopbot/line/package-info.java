/**
 * The edge to LINE: the webhook endpoint (signature and parsing from the SDK), the
 * translation of SDK events into the service's own types, and the SDK client that sends
 * messages. The SDK's types (Jackson 2) stay inside this package and are never stored.
 */
package tw.workshopbot.line;
