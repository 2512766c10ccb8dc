package org.studiopaths.model;

/**
 * A region of a track that plays a sample.
 *
 * @param sample     path relative to the samples root, '/' separated ({@code user/...} for the user's library)
 * @param startBar   1-based bar where the clip starts, in steps of one beat
 * @param lengthBars length in bars, in steps of one beat
 * @param offsetBars where in the sample the clip begins, in bars at the project's tempo
 * @param gainDb     clip gain
 * @param loop       true: the sample repeats to fill the clip; false: it plays once, then silence
 */
public record Clip(String sample, double startBar, double lengthBars, double offsetBars, double gainDb, boolean loop) {

    public static Clip of(String sample, double startBar, double lengthBars) {
        return new Clip(sample, startBar, lengthBars, 0, 0, true);
    }

    public double endBar() {
        return startBar + lengthBars;
    }

    public Clip withStartBar(double s) { return new Clip(sample, s, lengthBars, offsetBars, gainDb, loop); }
    public Clip withLengthBars(double l) { return new Clip(sample, startBar, l, offsetBars, gainDb, loop); }
    public Clip withOffsetBars(double o) { return new Clip(sample, startBar, lengthBars, o, gainDb, loop); }
    public Clip withGainDb(double g) { return new Clip(sample, startBar, lengthBars, offsetBars, g, loop); }
    public Clip withLoop(boolean l) { return new Clip(sample, startBar, lengthBars, offsetBars, gainDb, l); }

    /** Whether this clip sounds during any part of [fromBar, toBar). */
    public boolean overlaps(double fromBar, double toBar) {
        return startBar < toBar && endBar() > fromBar;
    }
}
