package org.studiopaths.ui.mix;

import org.studiopaths.journal.Attempt;

import java.util.List;

/**
 * What the mix screen needs from the rest of the app that is not in {@code AppServices} yet: the engineering
 * exercises (from the exercise catalog and checker), recording an attempt in the journal, and asking for a
 * rating with the shell's rating dialog. {@link #NONE} offers only free mixes and records nothing.
 */
public interface MixHooks {

    MixHooks NONE = new MixHooks() { };

    /** The engineering exercises, in order. */
    default List<MixTask> exercises() {
        return List.of();
    }

    /** Records (or updates) an attempt in the journal. */
    default void record(Attempt attempt) {
    }

    /** Asks the learner to rate the attempt (already recorded); the dialog records the rating itself. */
    default void askRating(Attempt attempt) {
    }
}
