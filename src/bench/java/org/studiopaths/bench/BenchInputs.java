package org.studiopaths.bench;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.dsp.Decibels;
import org.studiopaths.dsp.PanLaw;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.ProjectFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the bench project to files for the whole-command comparison: {@code DIR/samples/stems/tNN.wav}
 * (16-bit mono, 3 minutes), {@code DIR/project.json}, and {@code DIR/tracks.tsv}, one line per track with what
 * sox needs for the same work: stem, left and right gain (fader × pan law), then low shelf dB and Hz, mid
 * peak Hz, Q and dB, high shelf dB and Hz. Usage: {@code BenchInputs DIR TRACKS}.
 */
public final class BenchInputs {

    private BenchInputs() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int tracks = Integer.parseInt(args[1]);
        Path stems = dir.resolve("samples/stems");
        Files.createDirectories(stems);
        for (int s = 0; s < Math.min(tracks, BenchProject.DISTINCT_STEMS); s++) {
            Path file = dir.resolve("samples").resolve(BenchProject.stemPath(s));
            if (!Files.exists(file)) {
                WavWriter.write(file, new AudioData(new float[][] {BenchProject.stem(s, BenchProject.FRAMES)},
                        AudioData.RENDER_RATE), 16);
            }
        }
        Project project = BenchProject.project(tracks);
        ProjectFiles.write(project, dir.resolve("project.json"));
        StringBuilder tsv = new StringBuilder();
        for (Track t : project.tracks()) {
            double gain = Decibels.toGain(t.gainDb());
            Eq eq = t.eq();
            tsv.append(String.format(Locale.ROOT, "samples/%s\t%.9f\t%.9f\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n",
                    t.clips().get(0).sample(), gain * PanLaw.monoLeft(t.pan()), gain * PanLaw.monoRight(t.pan()),
                    num(eq.low().gainDb()), num(eq.low().freqHz()), num(eq.mid().freqHz()), num(eq.mid().q()),
                    num(eq.mid().gainDb()), num(eq.high().gainDb()), num(eq.high().freqHz())));
        }
        Files.writeString(dir.resolve("tracks.tsv"), tsv);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
