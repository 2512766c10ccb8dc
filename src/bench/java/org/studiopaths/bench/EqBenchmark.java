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
import org.studiopaths.dsp.TrackEq;

import java.util.concurrent.TimeUnit;

/**
 * One track's three EQ bands (low shelf, mid peak, high shelf) over a 4096-frame block, as the engine runs them:
 * in one pass, in double precision. ns per block / 4096 = ns per sample.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EqBenchmark {

    private static final int N = 4096;
    private final TrackEq eq = new TrackEq();
    private final float[] source = BenchProject.stem(0, N);
    private final float[] buf = new float[N];

    @Setup
    public void setUp() {
        eq.set(BenchProject.track(0).eq(), AudioData.RENDER_RATE);
    }

    @Benchmark
    public float[] threeBands() {
        System.arraycopy(source, 0, buf, 0, N);
        eq.process(buf, 0, N);
        return buf;
    }
}
