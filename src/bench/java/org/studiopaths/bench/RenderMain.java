package org.studiopaths.bench;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.ProjectFiles;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A stand-in for {@code render} while that command is being written: the same work (read the project, decode
 * its samples, compile, render on all cores, write a 16-bit WAV, print one line) in a fresh JVM, so the whole
 * command can be timed against sox now. Usage: {@code RenderMain SAMPLES_DIR PROJECT.json OUT.wav}. It reads no
 * sample library (the bench stems declare no tempo), which the real command does.
 */
public final class RenderMain {

    private RenderMain() {
    }

    public static void main(String[] args) throws Exception {
        SampleStore store = new SampleStore(Path.of(args[0]), Path.of(args[0], "user"));
        Project project = ProjectFiles.read(Path.of(args[1]));
        PlanCompiler compiler = new PlanCompiler(path -> {
            try {
                return new LoadedSample(store.load(path), Double.NaN);
            } catch (Exception e) {
                throw new RenderException(e.getMessage());
            }
        }, (mono, rate, target) -> {
            throw new IllegalStateException("the bench project needs no time-stretch");
        });
        RenderPlan plan = compiler.compile(project);
        float[][] mix = OfflineRenderer.render(plan);
        long clipped = WavWriter.write(Path.of(args[2]), mix[0], mix[1], mix[0].length, AudioData.RENDER_RATE, 16);
        System.out.printf(Locale.ROOT, "%.1f s, %d clipped samples%n", mix[0].length / (double) AudioData.RENDER_RATE,
                clipped);
    }
}
