package org.studiopaths.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar at the bottom of the window says: the latest message for the person, and whether playback
 * is off (kept apart so a later message does not hide it). Call on the JavaFX thread.
 */
public final class StatusModel {

    /** Shown whenever no audio output could be opened. */
    public static final String PLAYBACK_OFF = "No audio output found: playback is off; everything else works";

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper playbackProblem = new ReadOnlyStringWrapper(this, "playbackProblem", "");

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Empty while playback works (or has not been tried); else the reason in the device's own words. */
    public ReadOnlyStringProperty playbackProblemProperty() {
        return playbackProblem.getReadOnlyProperty();
    }

    public boolean playbackOff() {
        return !playbackProblem.get().isEmpty();
    }

    /** Shows a one-line message until the next one. */
    public void say(String text) {
        message.set(text == null ? "" : text);
    }

    /**
     * Adds a problem to what is shown, so that several damaged files found at start are all named
     * (say replaces; this joins with "; ").
     */
    public void addProblem(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String now = message.get();
        message.set(now.isEmpty() ? text : now + "; " + text);
    }

    /** Records why playback is off; null or empty when it works again. */
    public void setPlaybackProblem(String reason) {
        playbackProblem.set(reason == null ? "" : reason);
    }
}
