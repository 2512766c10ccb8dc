package org.studiopaths.ui.arrange;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Waveform peaks of each sample, computed once per sample on a worker (never per frame): the largest absolute
 * value of every {@link #FRAMES_PER_PEAK} frames, channels folded. {@code onReady} runs on the JavaFX thread
 * when a sample's peaks arrive, so the timeline redraws.
 */
public final class WaveformCache {

    public static final int FRAMES_PER_PEAK = 256;

    /** Peaks of one sample and the rate they were read at. */
    public record Peaks(float[] values, int sampleRate) {
        public static final Peaks NONE = new Peaks(new float[0], 44_100);

        public double seconds() {
            return values.length * (double) FRAMES_PER_PEAK / sampleRate;
        }
    }

    private final ArrangeEnvironment.AudioLoader loader;
    private final Executor worker;
    private final Executor fx;
    private final Runnable onReady;
    private final Map<String, Peaks> peaks = new ConcurrentHashMap<>();

    public WaveformCache(ArrangeEnvironment.AudioLoader loader, Executor worker, Executor fx, Runnable onReady) {
        this.loader = loader;
        this.worker = worker;
        this.fx = fx;
        this.onReady = onReady;
    }

    /** Makes a cache that calls back when peaks arrive (the timeline passes its redraw). */
    @FunctionalInterface
    public interface Factory {
        WaveformCache create(Runnable onReady);
    }

    /** The peaks if computed; otherwise null, and they are computed in the background. */
    public Peaks get(String samplePath) {
        Peaks p = peaks.get(samplePath);
        if (p == null && peaks.putIfAbsent(samplePath, Peaks.NONE) == null) {
            worker.execute(() -> {
                Peaks computed;
                try {
                    var audio = loader.load(samplePath);
                    computed = new Peaks(compute(audio.channels()), audio.sampleRate());
                } catch (Exception e) {
                    computed = Peaks.NONE; // a missing file draws as a plain clip; the engine reports it
                }
                peaks.put(samplePath, computed);
                fx.execute(onReady);
            });
        }
        return p == null || p == Peaks.NONE ? null : p;
    }

    static float[] compute(float[][] channels) {
        int frames = channels[0].length;
        float[] out = new float[(frames + FRAMES_PER_PEAK - 1) / FRAMES_PER_PEAK];
        for (float[] ch : channels) {
            for (int i = 0; i < frames; i++) {
                float a = Math.abs(ch[i]);
                int k = i / FRAMES_PER_PEAK;
                if (a > out[k]) {
                    out[k] = a;
                }
            }
        }
        return out;
    }
}
