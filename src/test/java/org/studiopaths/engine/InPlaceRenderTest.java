package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.MappedPcm16Frames;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code render} and {@code check} commands read 16-bit samples in place instead of decoding them: the song
 * must come out the same, bit for bit, as the decoded render that playback uses.
 */
class InPlaceRenderTest {

    @TempDir
    Path tmp;

    @Test
    void readingSamplesInPlaceRendersTheSameBytesAsDecodingThem() throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("samples"));
        write(samples.resolve("mono.wav"), 44_100, 16, noise(1, 30_011));
        write(samples.resolve("stereo.wav"), 44_100, 16, noise(2, 50_000));
        write(samples.resolve("at48k.wav"), 48_000, 16, noise(3, 20_000)); // decoded and resampled either way
        write(samples.resolve("deep.wav"), 44_100, 24, noise(4, 9_000)); // decoded either way
        Eq eq = new Eq(60, new Eq.Band(150, 2, 1), new Eq.Band(1200, -3, 1.4), new Eq.Band(7000, 1.5, 1));
        Project p = Project.empty("in place", 97)
                .addTrack(Track.named("mono").withPan(-0.5).withEq(eq)
                        .addClip(Clip.of("mono.wav", 1, 3).withOffsetBars(0.3))
                        .addClip(Clip.of("mono.wav", 4.5, 0.5).withLoop(false).withGainDb(-4)))
                .addTrack(Track.named("stereo").withGainDb(-2).withPan(0.4).withEq(eq)
                        .addClip(Clip.of("stereo.wav", 1.25, 4)))
                .addTrack(Track.named("mono on a stereo track").addClip(Clip.of("mono.wav", 2, 1)) // mixed in one lane
                        .addClip(Clip.of("stereo.wav", 3, 1)))
                .addTrack(Track.named("others").addClip(Clip.of("at48k.wav", 1, 2)).addClip(Clip.of("deep.wav", 3, 2)));

        StoreSampleSource decoded = StoreSampleSource.open(samples, tmp.resolve("user"));
        StoreSampleSource inPlace = StoreSampleSource.open(samples, tmp.resolve("user")).readingInPlace();
        RenderPlan planDecoded = new PlanCompiler(decoded, new WsolaStretcher()).compile(p);
        RenderPlan planInPlace = new PlanCompiler(inPlace, new WsolaStretcher()).compile(p);
        assertInstanceOf(MappedPcm16Frames.class, planInPlace.tracks()[0].clips()[0].audio(), "read in place");

        float[][] a = OfflineRenderer.render(planDecoded, 0, planDecoded.totalFrames(), 2);
        float[][] b = OfflineRenderer.render(planInPlace, 0, planInPlace.totalFrames(), 2);
        assertTrue(FakeSamples.rmsDb(a[0], 0, a[0].length) > -40, "the song is not silent");
        assertArrayEquals(a[0], b[0], "left");
        assertArrayEquals(a[1], b[1], "right");
    }

    private static void write(Path file, int rate, int bits, float[][] channels) throws Exception {
        WavWriter.write(file, new AudioData(channels, rate), bits);
    }

    private static float[][] noise(long seed, int frames) {
        Random r = new Random(seed);
        float[][] x = new float[seed == 2 ? 2 : 1][frames];
        for (float[] ch : x) {
            for (int i = 0; i < frames; i++) {
                ch[i] = (float) (r.nextGaussian() * 0.2);
            }
        }
        return x;
    }
}
