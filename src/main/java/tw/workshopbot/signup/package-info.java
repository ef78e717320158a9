/**
 * Signing up in the 1:1 chat: the pure conversation ({@code SignupFlow} over a sealed
 * {@code Step}), its replies, my registrations, colleagues and hand-overs, claims, and
 * the promotions told after a seat is freed.
 */
package tw.workshopbot.signup;
