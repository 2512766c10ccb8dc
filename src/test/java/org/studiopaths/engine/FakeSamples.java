package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;

import java.util.HashMap;
import java.util.Map;

/** Samples made in a test: a path → audio at 44.1 kHz, with an optional declared tempo. */
final class FakeSamples implements SampleSource {

    private final Map<String, LoadedSample> samples = new HashMap<>();

    FakeSamples put(String path, float[]... channels) {
        samples.put(path, new LoadedSample(new AudioData(channels, AudioData.RENDER_RATE), Double.NaN));
        return this;
    }

    FakeSamples putWithTempo(String path, double tempo, float[]... channels) {
        samples.put(path, new LoadedSample(new AudioData(channels, AudioData.RENDER_RATE), tempo));
        return this;
    }

    @Override
    public LoadedSample load(String samplePath) throws RenderException {
        LoadedSample s = samples.get(samplePath);
        if (s == null) {
            throw new RenderException(samplePath + ": no such sample");
        }
        return s;
    }

    static float[] sine(double hz, double amplitude, int frames) {
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / AudioData.RENDER_RATE));
        }
        return x;
    }

    static double rmsDb(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return 10 * Math.log10(sum / (to - from));
    }

    /** A plan compiled with no time-stretching available (tests that need none). */
    static PlanCompiler compiler(SampleSource s) {
        return new PlanCompiler(s, (mono, rate, target) -> {
            throw new AssertionError("no stretch expected");
        });
    }
}
