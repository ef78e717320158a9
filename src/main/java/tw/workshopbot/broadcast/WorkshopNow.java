package tw.workshopbot.broadcast;

import java.time.Instant;
import java.util.Optional;

import tw.workshopbot.workshop.Workshop;

/**
 * A workshop as one planning round sees it: read once, so that every kind of due work
 * decides from the same state.
 *
 * @param link its stream link, if set
 */
record WorkshopNow(Workshop workshop, Instant now, Optional<StreamLink> link) {
}
