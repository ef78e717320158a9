/**
 * A LINE bot that runs workshop sign-up, stream links and attendance for district
 * offices.
 */
package tw.workshopbot;
