package org.studiopaths.ui.session;

import org.studiopaths.exercise.Side;

import java.nio.file.Path;

/**
 * What an autosave is the work of: an exercise (its id and side) or free play (a side or none), and the file the
 * work was opened from or last saved to, if any.
 *
 * @param exerciseId   the exercise's id, or null for free play
 * @param side         the side worked on, or null when free play has none
 * @param originalFile the project file the work belongs to, or null when it was never saved
 */
public record AutosaveOrigin(String exerciseId, Side side, Path originalFile) {

    public static AutosaveOrigin exercise(String exerciseId, Side side, Path originalFile) {
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("an exercise needs its id");
        }
        return new AutosaveOrigin(exerciseId, side, originalFile);
    }

    public static AutosaveOrigin freePlay(Side side, Path originalFile) {
        return new AutosaveOrigin(null, side, originalFile);
    }

    /** The same work, now belonging to {@code file} (saved there or opened from there); null for none. */
    public AutosaveOrigin withOriginalFile(Path file) {
        return new AutosaveOrigin(exerciseId, side, file);
    }

    public boolean isExercise() {
        return exerciseId != null;
    }

    /**
     * The name the autosave is kept under: one slot per exercise and one per free-play side, so a newer autosave
     * of the same work replaces the older one. Exercise ids are already file-name safe (lower case, digits, dashes).
     */
    public String slot() {
        if (isExercise()) {
            return "exercise-" + exerciseId;
        }
        return side == null ? "free" : "free-" + side.id();
    }

    /** For a person: "the exercise first-groove" or "free play (production)". */
    public String describe() {
        if (isExercise()) {
            return "the exercise " + exerciseId;
        }
        return side == null ? "free play" : "free play (" + side.id() + ")";
    }
}
