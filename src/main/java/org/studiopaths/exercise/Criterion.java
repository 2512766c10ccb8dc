package org.studiopaths.exercise;

/**
 * One goal of an exercise, read from the exercise file's {@code criteria} list by its {@code type}.
 * A criterion judges a learner's project and explains itself to the learner.
 */
public interface Criterion {

    /** The id from the exercise file, unique within the exercise (e.g. "bass-level"). */
    String id();

    /** The goal as the learner reads it in the goals panel ("Drums and bass play together in bars 1–4"). */
    String goal();

    /** Whether judging needs rendered audio (then it is not ticked live while editing, only on Check). */
    boolean needsAudio();

    /** Whether judging compares with the reference solution's render (then a check renders it alongside). */
    default boolean needsReference() {
        return false;
    }

    /**
     * Measures ahead what judging will need of the reference's render (results are cached per mix). A check
     * calls it on the thread that renders the reference, while the learner's project renders on another.
     */
    default void measureReference(RenderedMix reference) {
    }

    /** Judges the learner's work. Never throws for a learner's project; a problem becomes a failed result. */
    CriterionResult evaluate(CheckContext context);
}
