package org.studiopaths.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.RenderPlan;

import java.util.concurrent.TimeUnit;

/**
 * In-process offline render of the 3-minute bench project: N tracks, 1 or 2 threads, EQ on or flat. Real-time
 * factor = 180 s / the time. Stems are decoded and compiled in setup; this is the mixing and EQ alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class OfflineRenderBenchmark {

    @Param({"16"})
    public int tracks;

    @Param({"1", "2"})
    public int threads;

    /** "on": three bands on every track; "flat": all bypassed. on − flat = the EQ's share of the render. */
    @Param({"on"})
    public String eq;

    private RenderPlan plan;

    @Setup
    public void setUp() throws Exception {
        plan = BenchProject.plan(tracks, !eq.equals("flat"));
    }

    @Benchmark
    public float[][] render() {
        return OfflineRenderer.render(plan, 0, plan.totalFrames(), threads);
    }
}
