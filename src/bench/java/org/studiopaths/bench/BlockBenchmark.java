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
import org.studiopaths.engine.BlockRenderer;
import org.studiopaths.engine.RenderPlan;

import java.util.concurrent.TimeUnit;

/**
 * The playback path: one 512-frame block (11.61 ms of sound) of the 16-track bench project through the
 * BlockRenderer, as the audio thread renders it, walking through the song. Sample mode gives the p50, p99
 * and p99.9 of single blocks; divide by 11,610 µs for the share of the block's duration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class BlockBenchmark {

    public static final int BLOCK = 512;

    private RenderPlan plan;
    private final BlockRenderer renderer = new BlockRenderer(BLOCK);
    private final float[] left = new float[BLOCK];
    private final float[] right = new float[BLOCK];
    private long frame;

    @Setup
    public void setUp() throws Exception {
        plan = BenchProject.plan(16);
        renderer.jumpTo(plan);
    }

    @Benchmark
    public float[] block() {
        renderer.render(plan, frame, left, right, BLOCK);
        frame += BLOCK;
        if (frame + BLOCK > plan.totalFrames()) {
            frame = 0;
        }
        return left;
    }
}
