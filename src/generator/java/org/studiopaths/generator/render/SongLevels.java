package org.studiopaths.generator.render;

import java.util.List;

/**
 * Keeps a song's stems as the synthesizer balanced them (one gain for all, so their levels stay plausible and
 * unequal), scaled so their plain sum peaks at -3 dBFS and no stem passes -1.5 dBFS; a short fade at the end
 * lets the last notes stop without a click.
 */
public final class SongLevels {

    private static final double SUM_PEAK_DB = -3.0;
    private static final double STEM_PEAK_DB = -1.5;
    private static final double FADE_SECONDS = 0.4;

    private SongLevels() {
    }

    public static void apply(List<float[]> stems) {
        int frames = stems.get(0).length;
        float[] sum = new float[frames];
        double loudestStem = 0;
        for (float[] stem : stems) {
            loudestStem = Math.max(loudestStem, Levels.peak(stem));
            for (int i = 0; i < frames; i++) {
                sum[i] += stem[i];
            }
        }
        double gain = Math.min(Levels.fromDb(SUM_PEAK_DB) / Levels.peak(sum), Levels.fromDb(STEM_PEAK_DB) / loudestStem);
        int fade = Frames.ofSeconds(FADE_SECONDS);
        for (float[] stem : stems) {
            Levels.scale(stem, gain);
            for (int i = 0; i < fade; i++) {
                stem[frames - 1 - i] *= (float) i / fade;
            }
        }
    }
}
