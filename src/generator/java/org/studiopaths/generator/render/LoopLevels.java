package org.studiopaths.generator.render;

import java.util.Map;

/**
 * Brings every loop of a category to the same RMS, so swapping one loop for another keeps the balance, with a
 * peak ceiling per category: peaky sounds (shakers, cymbal swells) are held lower so that one loop of every
 * category of a kit can play together without clipping.
 */
public final class LoopLevels {

    private record Level(double rmsDb, double peakDb) {
    }

    private static final Map<String, Level> LEVELS = Map.of(
            "drums", new Level(-25, -5), "percussion", new Level(-30, -10), "bass", new Level(-25, -5),
            "keys", new Level(-27, -5), "pads", new Level(-29, -5), "lead", new Level(-28, -5),
            "fx", new Level(-30, -12));

    private LoopLevels() {
    }

    public static void apply(float[] loop, String category) {
        Level level = LEVELS.get(category);
        double gain = Math.min(Levels.fromDb(level.rmsDb()) / Levels.rms(loop),
                Levels.fromDb(level.peakDb()) / Levels.peak(loop));
        Levels.scale(loop, gain);
    }
}
