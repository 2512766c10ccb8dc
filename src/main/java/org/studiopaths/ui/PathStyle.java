package org.studiopaths.ui;

import org.kordamp.ikonli.feather.Feather;
import org.studiopaths.exercise.Side;

/** How each path is named and drawn everywhere in the app, so the two stay recognisable on every screen. */
public final class PathStyle {

    private PathStyle() {
    }

    public static String title(Side side) {
        return side == Side.PRODUCTION ? "Production" : "Engineering";
    }

    /** The path in a few words. */
    public static String tagline(Side side) {
        return side == Side.PRODUCTION ? "Build the track" : "Make it sound right";
    }

    /** What the learner does on this path in the app. */
    public static String here(Side side) {
        return side == Side.PRODUCTION
                ? "Here you arrange loops (drums, bass, chords, melody) on a timeline into a short track."
                : "Here you balance a finished multitrack: loudness, left and right, and tone with EQ.";
    }

    public static Feather icon(Side side) {
        return side == Side.PRODUCTION ? Feather.LAYERS : Feather.SLIDERS;
    }

    /** The CSS class giving the path its colour. */
    public static String styleClass(Side side) {
        return "path-" + side.id();
    }
}
