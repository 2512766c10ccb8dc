package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;
import org.studiopaths.model.Project;

/**
 * Bars to frames, the one rounding rule everything shares (engine, sample generator, exercises):
 * frames = round(bars × beatsPerBar × 60 / tempo × 44,100), rounded once from the song's start.
 */
public final class Timeline {

    private Timeline() {
    }

    /** Frames in a span of bars at a tempo and metre. */
    public static long frames(double bars, double tempo, int beatsPerBar) {
        return Math.round(bars * beatsPerBar * 60.0 / tempo * AudioData.RENDER_RATE);
    }

    /** The first frame of a (1-based, fractional) bar. */
    public static long frameOfBar(Project p, double bar) {
        return frames(bar - 1, p.tempo(), p.beatsPerBar());
    }

    /** The (1-based, fractional) bar at a frame. */
    public static double barAtFrame(Project p, long frame) {
        return 1 + frame / (p.secondsPerBar() * AudioData.RENDER_RATE);
    }
}
