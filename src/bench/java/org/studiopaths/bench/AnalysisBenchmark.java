package org.studiopaths.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.studiopaths.audio.AudioData;
import org.studiopaths.dsp.Analysis;
import org.studiopaths.dsp.AudioAnalysis;
import org.studiopaths.engine.OfflineRenderer;

import java.util.concurrent.TimeUnit;

/** Loudness, true peak and octave bands of a 3-minute stereo mix (the 16-track bench project's render). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AnalysisBenchmark {

    private float[][] mix;

    @Setup
    public void setUp() throws Exception {
        mix = OfflineRenderer.render(BenchProject.plan(16));
    }

    @Benchmark
    public Analysis analyze() {
        return AudioAnalysis.analyze(mix, AudioData.RENDER_RATE);
    }
}
