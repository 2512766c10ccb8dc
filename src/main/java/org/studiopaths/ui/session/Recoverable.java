package org.studiopaths.ui.session;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One piece of unsaved work that {@link RecoveryStore#pending()} found: what it was, when it was autosaved, and
 * where the autosaved project lies. Hand it back to {@link RecoveryStore#restore} or {@link RecoveryStore#discard}.
 */
public record Recoverable(String slot, AutosaveOrigin origin, Instant savedAt, Path projectFile) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The autosave's time of day as the person reads it, such as {@code 14:05}. */
    public String timeOfDay(ZoneId zone) {
        return HH_MM.format(savedAt.atZone(zone));
    }

    /** The question the shell asks: {@code Restore your unsaved work on the exercise first-groove from 14:05?} */
    public String question(ZoneId zone) {
        return "Restore your unsaved work on " + origin.describe() + " from " + timeOfDay(zone) + "?";
    }
}
