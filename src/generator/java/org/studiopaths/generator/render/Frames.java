package org.studiopaths.generator.render;

/** Lengths in frames at 44,100 Hz, rounded once, the way the engine does. */
public final class Frames {

    private Frames() {
    }

    public static int ofBars(int bars, int beatsPerBar, double tempo) {
        return (int) Math.round(bars * beatsPerBar * 60.0 / tempo * 44_100);
    }

    public static int ofSeconds(double seconds) {
        return (int) Math.round(seconds * 44_100);
    }
}
