package org.studiopaths.dsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tempo and length in bars of a loop: a loop lasts a whole number of bars, so each bar count gives
 * one tempo that fits its length exactly; the onsets choose among them. A candidate scores by how strong the
 * onsets are on its beats compared with those between them (a beat grid twice too fast puts half its beats on
 * off-beat hi-hats, one twice too slow leaves the snare between its beats), weighted towards the tempos songs
 * usually have. What is left ambiguous is mostly half or double the tempo: the import dialog shows both.
 */
public final class TempoDetector {

    /** Slowest and fastest tempo suggested. */
    public static final double MIN_BPM = 60;
    public static final double MAX_BPM = 200;
    private static final int MAX_BARS = 64;
    /** Tempos songs are most often in centre on this, an octave either side counting less (log-Gaussian). */
    private static final double PREFERRED_BPM = 100;
    private static final double PREFERENCE_OCTAVES = 0.5;

    /**
     * A tempo that fits the loop's length.
     *
     * @param bpm   beats per minute
     * @param bars  whole bars the loop lasts at that tempo
     * @param score evidence from the onsets and the usual tempos, higher is better
     */
    public record Candidate(double bpm, int bars, double score) {
    }

    /** The candidates, best first; empty for audio too short to hold a bar at {@link #MAX_BPM}. */
    public static List<Candidate> candidates(float[] mono, int sampleRate, int beatsPerBar) {
        double seconds = (double) mono.length / sampleRate;
        OnsetEnvelope env = OnsetEnvelope.of(mono, sampleRate);
        double mean = env.mean();
        List<Candidate> out = new ArrayList<>();
        for (int bars = 1; bars <= MAX_BARS; bars *= 2) { // loops last 1, 2, 4, 8 ... bars
            double bpm = snap(bars * beatsPerBar * 60.0 / seconds, mono.length);
            if (bpm < MIN_BPM || bpm > MAX_BPM) {
                continue;
            }
            double onBeats = gridStrength(env, 60.0 / bpm, 0);
            double offBeats = gridStrength(env, 60.0 / bpm, 0.5);
            double evidence = mean <= 0 ? 1 : onBeats / mean;
            double octaves = Math.log(bpm / PREFERRED_BPM) / Math.log(2) / PREFERENCE_OCTAVES;
            double preference = Math.exp(-0.5 * octaves * octaves);
            out.add(new Candidate(bpm, bars, evidence * preference));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /** The mean of the strongest onset at each grid point, the grid shifted by {@code phase} of a beat. */
    private static double gridStrength(OnsetEnvelope env, double beatSeconds, double phase) {
        double length = env.frames() * env.hopSeconds();
        int beats = Math.max(1, (int) Math.round(length / beatSeconds));
        double sum = 0;
        for (int k = 0; k < beats; k++) {
            sum += env.peakNear((k + phase) * beatSeconds, 2);
        }
        return sum / beats;
    }

    /**
     * A tempo computed from a length cut to whole frames is a hair off the one it was made at: within the
     * rounding of half a frame, it is that whole number (or tenth) of BPM.
     */
    static double snap(double bpm, int frames) {
        double tolerance = bpm * 0.5 / Math.max(1, frames) + 1e-9;
        for (double step : new double[] {1, 0.1}) {
            double r = Math.round(bpm / step) * step;
            if (Math.abs(r - bpm) <= tolerance) {
                return Math.round(r * 10) / 10.0;
            }
        }
        return Math.round(bpm * 100) / 100.0;
    }
}
