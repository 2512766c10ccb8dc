package org.studiopaths.bench;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Two figures in one fresh JVM: checking an exercise in process ({@code check ID SOLUTION.json} through
 * {@link Cli#run}, ROUNDS times: the first is cold, the later ones what the app sees when it checks again), and
 * loading the whole sample library (library.json, then every sample it lists decoded at the render rate), with
 * the memory the decoded audio takes. Usage: {@code CheckAndLibrary SAMPLES_DIR EXERCISE_ID SOLUTION.json ROUNDS}.
 */
public final class CheckAndLibrary {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CheckAndLibrary() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        for (int r = 0; r < Integer.parseInt(args[3]); r++) {
            long w = System.nanoTime();
            long c = OS.getProcessCpuTime();
            StringWriter out = new StringWriter();
            int code = Cli.run(new PrintWriter(out), new PrintWriter(out), "check", args[1], args[2]);
            System.out.printf(Locale.ROOT, "check %s, round %d: exit %d, %.0f ms wall, %.0f ms CPU%n", args[1], r + 1,
                    code, (System.nanoTime() - w) / 1e6, (OS.getProcessCpuTime() - c) / 1e6);
        }
        long w = System.nanoTime();
        long c = OS.getProcessCpuTime();
        SampleLibrary library = SampleLibrary.load(samples.resolve(SampleLibrary.FILE_NAME));
        double jsonMs = (System.nanoTime() - w) / 1e6;
        SampleStore store = new SampleStore(samples, samples.resolve("user"));
        long bytes = library.entries().parallelStream().mapToLong(e -> {
            try {
                AudioData a = store.load(e.path());
                return 4L * a.channelCount() * a.frames();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }).sum();
        System.out.printf(Locale.ROOT, "library: %d entries, library.json %.0f ms; all decoded %.0f ms wall, %.0f ms CPU,"
                        + " %.1f MB of float arrays%n", library.entries().size(), jsonMs,
                (System.nanoTime() - w) / 1e6, (OS.getProcessCpuTime() - c) / 1e6, bytes / 1e6);
    }
}
