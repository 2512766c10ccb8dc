package org.studiopaths.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.Pcm;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.model.json.ProjectFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Java Sound for real, with no sound card: ALSA's default device is pointed at a file through a temporary
 * HOME's .asoundrc, {@code play} runs in a forked JVM, and what reached the "device" must be the offline render,
 * sample for sample.
 */
class PlaybackThroughAlsaTest {

    @TempDir
    Path dir;

    @Test
    void playWritesExactlyTheOfflineRenderToTheDevice() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux")
                && Files.exists(Path.of("/usr/share/alsa/alsa.conf")), "needs ALSA (Linux); skipped elsewhere");
        Path samples = dir.resolve("samples");
        Files.createDirectories(samples);
        float[] tone = new float[44_100];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.4 * Math.sin(2 * Math.PI * 440 * i / 44_100.0) * Math.exp(-i / 20_000.0));
        }
        WavWriter.write(samples.resolve("tone.wav"), new AudioData(new float[][] {tone}, 44_100), 16);
        Path song = dir.resolve("song.json");
        Files.writeString(song, """
                {"format":"studio-paths.project/1","tempo":120,"tracks":[
                 {"name":"A","pan":-0.4,"gainDb":-2,"eq":{"highPassHz":120,"mid":{"freqHz":440,"gainDb":3,"q":2}},
                  "clips":[{"sample":"tone.wav","startBar":1,"lengthBars":2}]}]}""");
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Path raw = dir.resolve("out.raw");
        Files.writeString(home.resolve(".asoundrc"),
                "pcm.!default { type file  slave.pcm \"null\"  file \"" + raw + "\"  format \"raw\" }\n");

        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.studiopaths.Main",
                "--samples", samples.toString(), "--data", dir.resolve("data").toString(),
                "play", song.toString()));
        pb.environment().put("HOME", home.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "play returns when done");
        String output = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.exitValue() != Cli.NO_AUDIO, "Java Sound found no ALSA device here: " + output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.startsWith("Played " + song + " from bar 1 to bar 3 (4.00 s) through a "), output);

        RenderPlan plan = new PlanCompiler(StoreSampleSource.open(samples, dir.resolve("user")), new WsolaStretcher())
                .compile(ProjectFiles.read(song));
        float[][] offline = OfflineRenderer.render(plan);
        byte[] expected = new byte[offline[0].length * 4];
        Pcm.encode16LE(offline[0], offline[1], offline[0].length, expected);
        byte[] captured = Files.readAllBytes(raw);
        assertEquals(expected.length, captured.length, "every frame reached the device, no more");
        assertArrayEquals(expected, Arrays.copyOf(captured, expected.length));
    }
}
