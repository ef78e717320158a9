package tw.workshopbot.broadcast;

/**
 * One kind of work that comes due for a workshop yet to end (the stream link, the
 * reminder, the organizers' warnings). Each decides from the round's {@link WorkshopNow}
 * alone and plans its deliveries with ids made of what they are, so planning one twice
 * stores it once.
 */
interface DueKind {

	void plan(WorkshopNow due);

}
