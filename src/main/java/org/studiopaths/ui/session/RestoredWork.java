package org.studiopaths.ui.session;

import org.studiopaths.exercise.Side;
import org.studiopaths.model.Project;

import java.util.Objects;

/**
 * An autosave the person chose to restore, read back: what it was the work of, and the project. A path screen
 * opens it with {@link WorkSessions#resume}.
 */
public record RestoredWork(AutosaveOrigin origin, Project project) {

    public RestoredWork {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(project);
    }

    /** The path whose screen opens it; free play without a side is production's (an empty song to arrange). */
    public Side side() {
        return origin.side() == null ? Side.PRODUCTION : origin.side();
    }

    /** The same project as free play of the same side, for an exercise that is no longer installed. */
    public RestoredWork asFreePlay() {
        return new RestoredWork(AutosaveOrigin.freePlay(side(), origin.originalFile()), project);
    }
}
