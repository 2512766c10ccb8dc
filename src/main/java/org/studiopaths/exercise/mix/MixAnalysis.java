package org.studiopaths.exercise.mix;

import org.studiopaths.dsp.LoudnessMeter;
import org.studiopaths.dsp.MeterScale;
import org.studiopaths.dsp.OctaveBands;
import org.studiopaths.dsp.TruePeakMeter;
import org.studiopaths.exercise.RenderedMix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

/**
 * Measures a rendered mix: the master's integrated loudness and true peak, and each stem's loudness, position
 * and octave bands, each measured when first asked for. Results are kept per mix while the mix is alive, so the
 * criteria of one check (and the reference, rendered once per exercise) measure each mix once; the cache holds
 * no reference to the audio.
 */
public final class MixAnalysis {

    /** What has been measured of one mix so far. */
    private static final class Measured {
        OptionalDouble integratedLufs;
        Double truePeakDbtp;
        List<StemAnalysis> stems;
        double[][] bands;
    }

    private static final Map<RenderedMix, Measured> CACHE = new WeakHashMap<>();

    private MixAnalysis() {
    }

    /** Integrated loudness of the master in LUFS; empty when the mix is silent. */
    public static OptionalDouble integratedLufs(RenderedMix mix) {
        Measured m = measured(mix);
        synchronized (m) {
            if (m.integratedLufs == null) {
                m.integratedLufs = loudness(mix.master(), mix.sampleRate());
            }
            return m.integratedLufs;
        }
    }

    /** True peak of the master in dBTP; {@link MeterScale#FLOOR_DB} when silent. */
    public static double truePeakDbtp(RenderedMix mix) {
        Measured m = measured(mix);
        synchronized (m) {
            if (m.truePeakDbtp == null) {
                float[][] master = mix.master();
                TruePeakMeter meter = new TruePeakMeter(2);
                meter.accept(master[0], master[1], master[0].length);
                m.truePeakDbtp = meter.truePeakDbtp();
            }
            return m.truePeakDbtp;
        }
    }

    /** Every track's stem measured, in track order. */
    public static List<StemAnalysis> stems(RenderedMix mix) {
        Measured m = measured(mix);
        synchronized (m) {
            if (m.stems == null) {
                StemAnalysis[] each = new StemAnalysis[mix.stems().length];
                // Stems are measured on all cores; each lands at its track's index, so the order never changes.
                IntStream.range(0, each.length).parallel()
                        .forEach(t -> each[t] = stem(mix.trackNames().get(t), mix.stems()[t], mix.sampleRate()));
                m.stems = List.of(each);
            }
            return m.stems;
        }
    }

    /**
     * Every track's ten octave-band levels in dB, 31.5 Hz to 16 kHz (see {@code dsp.OctaveBands}), in track order;
     * all {@link MeterScale#FLOOR_DB} for a silent stem.
     */
    public static double[][] bandsDb(RenderedMix mix) {
        Measured m = measured(mix);
        synchronized (m) {
            if (m.bands == null) {
                double[][] bands = new double[mix.stems().length][];
                IntStream.range(0, bands.length).parallel()
                        .forEach(t -> bands[t] = OctaveBands.levelsDb(mix.stems()[t], mix.sampleRate()));
                m.bands = bands;
            }
            return m.bands;
        }
    }

    /** The first track of that name. */
    public static Optional<StemAnalysis> stem(RenderedMix mix, String track) {
        return stems(mix).stream().filter(s -> s.track().equals(track)).findFirst();
    }

    /** Measures one stereo stem. */
    public static StemAnalysis stem(String track, float[][] stereo, int sampleRate) {
        double lufs = loudness(stereo, sampleRate).orElse(MeterScale.FLOOR_DB);
        return new StemAnalysis(track, lufs, lufs <= MeterScale.FLOOR_DB ? 0 : position(stereo));
    }

    /**
     * The pan that would put a mono source where this stem's energy sits: the constant-power law
     * left = cos θ, right = sin θ, θ = (pan + 1)π/4, inverted from the two channels' RMS.
     */
    static double position(float[][] stereo) {
        double l = 0;
        double r = 0;
        for (int i = 0; i < stereo[0].length; i++) {
            l += (double) stereo[0][i] * stereo[0][i];
            r += (double) stereo[1][i] * stereo[1][i];
        }
        if (l == 0 && r == 0) {
            return 0;
        }
        return Math.atan2(Math.sqrt(r), Math.sqrt(l)) * 4 / Math.PI - 1;
    }

    private static OptionalDouble loudness(float[][] stereo, int sampleRate) {
        LoudnessMeter meter = new LoudnessMeter(sampleRate, 2);
        meter.accept(stereo[0], stereo[1], stereo[0].length);
        return meter.integratedLufs();
    }

    private static Measured measured(RenderedMix mix) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(mix, k -> new Measured());
        }
    }
}
