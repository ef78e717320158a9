/**
 * Each person's one dialog state, and the router that gives a message to the feature
 * whose command it is, or else to the question the person's state leaves open.
 */
package tw.workshopbot.dialog;
