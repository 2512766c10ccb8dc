package org.studiopaths.cli;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.MixStream;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code render PROJECT.json -o OUT.wav [--bits 16|24]}: the project offline, stereo, 44.1 kHz, written whole. */
@Command(name = "render", description = "Renders a project to a stereo 44.1 kHz WAV file.")
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.json", description = "the project file")
    Path project;

    @Option(names = "-o", required = true, paramLabel = "OUT.wav", description = "the WAV file to write")
    Path output;

    @Option(names = "--bits", paramLabel = "16|24", defaultValue = "16", description = "bits per sample (default 16)")
    int bits;

    @Override
    public Integer call() {
        if (bits != 16 && bits != 24) {
            throw new UserError("render: --bits is " + bits + "; allowed 16 or 24");
        }
        RenderPlan plan = ProjectInput.compile(cli.installation(), project, false);
        long clipped;
        float[] peak = {0};
        // Rendered chunk by chunk straight into the file: the mix is never held whole in memory.
        try (MixStream mix = new MixStream(plan, Runtime.getRuntime().availableProcessors())) {
            clipped = WavWriter.write(output, mix.frames(), AudioData.RENDER_RATE, bits, (left, right, n) -> {
                mix.read(left, right, n);
                peak[0] = Math.max(peak[0], Math.max(peak(left, n), peak(right, n)));
            });
        } catch (IOException e) {
            throw new UserError(output + ": could not be written (" + Json.oneLine(String.valueOf(e.getMessage()))
                    + "); check the folder exists and can be written");
        }
        spec.commandLine().getOut().println(summary(output, plan.totalFrames(), peak[0], clipped));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    static String summary(Path output, long frames, double peak, long clipped) {
        String peakText = peak > 0 ? String.format(Locale.ROOT, "%.1f dBFS", 20 * Math.log10(peak)) : "silent";
        return String.format(Locale.ROOT, "%s: %.2f s, peak %s, %d clipped samples", output,
                frames / (double) AudioData.RENDER_RATE, peakText, clipped);
    }

    private static float peak(float[] x, int n) {
        float peak = 0;
        for (int i = 0; i < n; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        return peak;
    }
}
