package org.studiopaths.bench;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.ProjectFiles;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the {@code render} command's time goes: the command's steps (open the sample library, read the project,
 * compile it (16-bit samples are read in place, as the command does), render, write the WAV) timed one by one in wall and process CPU time,
 * in a fresh JVM, {@code ROUNDS} times (the first round is what a command run sees: cold JIT, empty heap).
 * Usage: {@code RenderPhases SAMPLES_DIR PROJECT.json OUT.wav [ROUNDS=1]}.
 */
public final class RenderPhases {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long wall = System.nanoTime();
    private long cpu = OS.getProcessCpuTime();
    private final StringBuilder line = new StringBuilder();

    private RenderPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        System.out.printf(Locale.ROOT, "JVM up to main: %d ms wall%n",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        for (int r = 0; r < rounds; r++) {
            RenderPhases t = new RenderPhases();
            StoreSampleSource source = StoreSampleSource.open(samples, samples.resolve("user")).readingInPlace();
            t.lap("library");
            Project project = ProjectFiles.read(Path.of(args[1]));
            t.lap("project");
            RenderPlan plan = new PlanCompiler(source, new WsolaStretcher()).compile(project);
            t.lap("compile+decode");
            float[][] mix = OfflineRenderer.render(plan);
            t.lap("render");
            WavWriter.write(Path.of(args[2]), mix[0], mix[1], mix[0].length, AudioData.RENDER_RATE, 16);
            t.lap("write");
            System.out.println("round " + (r + 1) + ":" + t.line);
        }
    }

    private void lap(String phase) {
        long w = System.nanoTime();
        long c = OS.getProcessCpuTime();
        line.append(String.format(Locale.ROOT, "  %s %.0f ms (CPU %.0f)", phase, (w - wall) / 1e6, (c - cpu) / 1e6));
        wall = w;
        cpu = c;
    }
}
