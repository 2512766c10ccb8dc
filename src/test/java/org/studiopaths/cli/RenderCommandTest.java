package org.studiopaths.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavReader;
import org.studiopaths.audio.WavWriter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code render} on projects written by hand from the spec, measured as a listener would. */
class RenderCommandTest {

    @TempDir
    Path dir;
    private Path samples;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void makeSamples() throws Exception {
        samples = dir.resolve("samples");
        Files.createDirectories(samples.resolve("tones"));
        WavWriter.write(samples.resolve("tones/sine1k.wav"), new AudioData(new float[][] {sine(1000, 0.5, 44_100, 441_000)}, 44_100), 16);
        WavWriter.write(samples.resolve("tones/sine250.wav"), new AudioData(new float[][] {sine(250, 0.5, 44_100, 441_000)}, 44_100), 24);
        WavWriter.write(samples.resolve("tones/sine1k-48k.wav"), new AudioData(new float[][] {sine(1000, 0.5, 48_000, 96_000)}, 48_000), 16);
    }

    private static float[] sine(double hz, double amp, int rate, int frames) {
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--samples";
        all[1] = samples.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private Path project(String tracks) throws Exception {
        Path p = dir.resolve("song.json");
        Files.writeString(p, "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[" + tracks + "]}");
        return p;
    }

    private static double rmsDb(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (double) x[i] * x[i];
        }
        return 10 * Math.log10(s / (to - from));
    }

    private static final double SINE_RMS = 20 * Math.log10(0.5 / Math.sqrt(2));

    @Test
    void faderPanAndEqComeOutAtTheDocumentedLevels() throws Exception {
        Path p = project("""
                {"name":"Left","gainDb":-6,"pan":-1,"clips":[{"sample":"tones/sine1k.wav","startBar":1,"lengthBars":2}]},
                {"name":"Right","pan":1,"eq":{"mid":{"freqHz":250,"gainDb":-9,"q":1}},
                 "clips":[{"sample":"tones/sine250.wav","startBar":1,"lengthBars":2}]}""");
        Path wav = dir.resolve("out.wav");
        assertEquals(0, run("render", p.toString(), "-o", wav.toString()), err.toString());
        AudioData a = WavReader.read(wav);
        double peak = 0;
        for (float[] ch : a.channels()) {
            for (float x : ch) {
                peak = Math.max(peak, Math.abs(x));
            }
        }
        assertEquals(wav + String.format(java.util.Locale.ROOT, ": 4.80 s, peak %.1f dBFS, 0 clipped samples%n",
                20 * Math.log10(peak)), out.toString(), "the line reports the file's own peak");
        assertEquals(211_680, a.frames(), "2 bars at 100 BPM");
        assertEquals(SINE_RMS - 6, rmsDb(a.channels()[0], 22_050, 200_000), 0.15, "fader -6 dB, hard left");
        assertEquals(SINE_RMS - 9, rmsDb(a.channels()[1], 22_050, 200_000), 0.15, "mid band -9 dB at 250 Hz, hard right");
    }

    @Test
    void centrePanIsMinus3dbAndA48kSampleKeepsItsPitchAndLength() throws Exception {
        Path p = project("{\"name\":\"T\",\"clips\":[{\"sample\":\"tones/sine1k-48k.wav\",\"startBar\":1,\"lengthBars\":1,\"loop\":false}]}");
        Path wav = dir.resolve("out.wav");
        assertEquals(0, run("render", p.toString(), "-o", wav.toString(), "--bits", "24"), err.toString());
        AudioData a = WavReader.read(wav);
        float[] left = a.channels()[0];
        assertEquals(SINE_RMS - 3.01, rmsDb(left, 4410, 80_000), 0.05);
        // 2 s at 48 kHz is 88,200 frames at 44.1 kHz; silence after it.
        assertTrue(Math.abs(left[88_150]) > 0);
        for (int i = 88_200; i < 105_840; i++) {
            assertEquals(0f, left[i], "frame " + i + " comes after the one-shot sample's 2 seconds");
        }
        int crossings = 0;
        for (int i = 1; i < 88_200; i++) {
            if (left[i - 1] < 0 && left[i] >= 0) {
                crossings++;
            }
        }
        assertEquals(2000, crossings, 2, "1 kHz for 2 s");
    }

    @Test
    void badInputIsOneLineExit2AndWritesNothing() throws Exception {
        Path wav = dir.resolve("never.wav");
        String[][] cases = {
                {"{\"name\":\"T\",\"pan\":3,\"clips\":[]}", "tracks[0].pan is 3; allowed -1 to +1"},
                {"{\"name\":\"T\",\"volume\":3}", "tracks[0].volume is not a known field"},
                {"{\"name\":\"T\",\"clips\":[{\"sample\":\"tones/nope.wav\",\"startBar\":1,\"lengthBars\":1}]}", "tracks[0].clips[0].sample"},
                {"{\"name\":\"T\",\"clips\":[{\"sample\":\"../secret.wav\",\"startBar\":1,\"lengthBars\":1}]}", "contains \"..\""},
                {"{\"name\":\"T\",", "broken JSON"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            Path p = project(c[0]);
            assertEquals(2, run("render", p.toString(), "-o", wav.toString()), c[0]);
            String e = err.toString();
            assertTrue(e.startsWith(p.toString()), e);
            assertTrue(e.contains(c[1]), e);
            assertEquals(1, e.lines().count(), e);
            assertFalse(Files.exists(wav));
        }
    }

    @Test
    void aSymlinkOutOfTheSamplesRootIsRefused() throws Exception {
        Path outside = dir.resolve("outside.wav");
        Files.copy(samples.resolve("tones/sine1k.wav"), outside);
        Files.createSymbolicLink(samples.resolve("tones/link.wav"), outside);
        Path p = project("{\"name\":\"T\",\"clips\":[{\"sample\":\"tones/link.wav\",\"startBar\":1,\"lengthBars\":1}]}");
        assertEquals(2, run("render", p.toString(), "-o", dir.resolve("x.wav").toString()));
        assertTrue(err.toString().contains("tracks[0].clips[0].sample"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.wav")));
    }
}
