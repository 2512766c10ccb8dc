package org.studiopaths.bench;

import org.studiopaths.audio.AudioData;
import org.studiopaths.dsp.AudioAnalysis;
import org.studiopaths.engine.BlockRenderer;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.RenderPlan;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The suite's figures in CPU time beside wall time, for a shared machine: when other builds hold the cores,
 * the wall time of a render says more about them than about us, while its CPU time stays near what an idle
 * machine's wall time would be (one thread) or its sum over threads (two). Not a JMH benchmark: it warms up by
 * hand (5 renders) and prints medians. Usage: {@code CpuFigures [TRACKS...]} (default 8 16 32 64).
 */
public final class CpuFigures {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final double SONG = BenchProject.FRAMES / (double) AudioData.RENDER_RATE;

    private CpuFigures() {
    }

    public static void main(String[] args) throws Exception {
        int[] counts = args.length == 0 ? new int[] {8, 16, 32, 64}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int tracks : counts) {
            RenderPlan plan = BenchProject.plan(tracks);
            for (int threads = 1; threads <= 2; threads++) {
                render(plan, tracks, threads);
            }
            if (tracks == 16) {
                blocks(plan);
                analysis(plan);
            }
        }
    }

    private static void render(RenderPlan plan, int tracks, int threads) {
        int runs = 5;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = -3; r < runs; r++) {
            long w0 = System.nanoTime();
            long c0 = OS.getProcessCpuTime();
            OfflineRenderer.render(plan, 0, plan.totalFrames(), threads);
            if (r >= 0) {
                wall[r] = (System.nanoTime() - w0) / 1e9;
                cpu[r] = (OS.getProcessCpuTime() - c0) / 1e9;
            }
        }
        double w = median(wall);
        double c = median(cpu);
        System.out.printf(Locale.ROOT, "render %2d tracks, %d thread(s): wall %.3f s (%.0fx real time), "
                        + "process CPU %.3f s (%.0fx real time per CPU-second), %.2f ns CPU per track-sample%n",
                tracks, threads, w, SONG / w, c, SONG / c, c * 1e9 / ((double) tracks * BenchProject.FRAMES));
    }

    /** 512-frame blocks as the audio thread renders them: wall and thread-CPU percentiles. */
    private static void blocks(RenderPlan plan) {
        int block = 512;
        BlockRenderer renderer = new BlockRenderer(block);
        renderer.jumpTo(plan);
        float[] l = new float[block];
        float[] r = new float[block];
        int count = (int) (plan.totalFrames() / block);
        long[] wall = new long[count];
        long[] cpu = new long[count];
        for (int pass = 0; pass < 3; pass++) { // two passes warm up, the third is kept
            for (int b = 0; b < count; b++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                renderer.render(plan, (long) b * block, l, r, block);
                wall[b] = System.nanoTime() - w0;
                cpu[b] = THREADS.getCurrentThreadCpuTime() - c0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double budget = block * 1e9 / AudioData.RENDER_RATE;
        System.out.printf(Locale.ROOT, "512-frame block, 16 tracks, %d blocks: wall p50 %.1f us (%.2f%%), "
                        + "p99 %.1f us (%.2f%%), p99.9 %.1f us (%.2f%%); thread CPU p50 %.1f us (%.2f%%), "
                        + "p99 %.1f us (%.2f%%), p99.9 %.1f us (%.2f%%)%n", count,
                pct(wall, 0.5) / 1e3, 100 * pct(wall, 0.5) / budget, pct(wall, 0.99) / 1e3,
                100 * pct(wall, 0.99) / budget, pct(wall, 0.999) / 1e3, 100 * pct(wall, 0.999) / budget,
                pct(cpu, 0.5) / 1e3, 100 * pct(cpu, 0.5) / budget, pct(cpu, 0.99) / 1e3,
                100 * pct(cpu, 0.99) / budget, pct(cpu, 0.999) / 1e3, 100 * pct(cpu, 0.999) / budget);
    }

    private static void analysis(RenderPlan plan) {
        float[][] mix = OfflineRenderer.render(plan);
        int runs = 5;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = -3; r < runs; r++) {
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            AudioAnalysis.analyze(mix, AudioData.RENDER_RATE);
            if (r >= 0) {
                wall[r] = (System.nanoTime() - w0) / 1e6;
                cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "analysis of a 3-minute stereo mix: wall %.0f ms, thread CPU %.0f ms%n",
                median(wall), median(cpu));
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
