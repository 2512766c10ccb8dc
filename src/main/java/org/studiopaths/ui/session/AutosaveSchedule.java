package org.studiopaths.ui.session;

import java.time.Duration;

/**
 * When the next autosave is due: once the person has paused for {@code quiet}, but never later than
 * {@code maxWait} after the first change not yet saved, so steady editing is still saved every {@code maxWait}.
 * Times are {@link System#nanoTime()} readings.
 */
public record AutosaveSchedule(Duration quiet, Duration maxWait) {

    public static final AutosaveSchedule DEFAULT = new AutosaveSchedule(Duration.ofSeconds(2), Duration.ofSeconds(10));

    public AutosaveSchedule {
        if (quiet.isNegative() || maxWait.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("need 0 <= quiet <= maxWait, got " + quiet + " and " + maxWait);
        }
    }

    /** The nanoTime at which to save, given the first unsaved change and the latest change. */
    public long dueAt(long firstUnsavedNanos, long lastChangeNanos) {
        long afterPause = lastChangeNanos + quiet.toNanos();
        long latest = firstUnsavedNanos + maxWait.toNanos();
        return afterPause - latest < 0 ? afterPause : latest;
    }
}
