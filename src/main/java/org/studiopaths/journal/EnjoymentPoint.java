package org.studiopaths.journal;

import java.time.Instant;

/** One rated attempt, for a chart of enjoyment over time. */
public record EnjoymentPoint(Instant at, String exerciseId, String exerciseTitle, int enjoyment) {
}
