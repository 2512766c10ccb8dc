package org.studiopaths.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WavWriterTest {

    @TempDir
    Path dir;

    @Test
    void sixteenBitRoundTripIsWithinOneStep() throws Exception {
        roundTrip(16, 1.0 / 32768);
    }

    @Test
    void twentyFourBitRoundTripIsWithinOneStep() throws Exception {
        roundTrip(24, 1.0 / 8388608);
    }

    private void roundTrip(int bits, double step) throws Exception {
        int frames = 10_001; // several write blocks and a partial one
        float[] left = noise(frames, 1);
        float[] right = noise(frames, 2);
        Path f = dir.resolve("rt" + bits + ".wav");
        assertEquals(0, WavWriter.write(f, left, right, frames, 48000, bits));
        AudioData back = WavReader.read(f);
        assertEquals(48000, back.sampleRate());
        assertEquals(frames, back.frames());
        for (int i = 0; i < frames; i++) {
            assertEquals(left[i], back.channels()[0][i], step, "left " + i);
            assertEquals(right[i], back.channels()[1][i], step, "right " + i);
        }
        AudioFileFormat jdk = AudioSystem.getAudioFileFormat(f.toFile()); // an independent reader agrees
        assertEquals(frames, jdk.getFrameLength());
        assertEquals(bits, jdk.getFormat().getSampleSizeInBits());
        assertEquals(44 + frames * 2L * bits / 8, Files.size(f));
    }

    @Test
    void monoStaysMono() throws Exception {
        Path f = dir.resolve("mono.wav");
        WavWriter.write(f, new AudioData(new float[][] {{0.25f, -0.5f, 0f}}, 22050), 24);
        AudioData back = WavReader.read(f);
        assertEquals(1, back.channelCount());
        assertEquals(22050, back.sampleRate());
        assertArrayEquals(new float[] {0.25f, -0.5f, 0f}, back.channels()[0]);
    }

    @Test
    void countsClippedSamplesAndClampsThem() throws Exception {
        float[] left = {1.5f, 0.5f, 1.0001f, 2f};
        float[] right = {-3f, 1.0f, -1.0f, 0f};
        Path f = dir.resolve("clip.wav");
        assertEquals(4, WavWriter.write(f, left, right, 4, 44100, 16));
        AudioData back = WavReader.read(f);
        assertEquals(32767f / 32768, back.channels()[0][0]);
        assertEquals(-1f, back.channels()[1][0]);
    }

    @Test
    void streamsBlocksFromASource() throws Exception {
        Path f = dir.resolve("stream.wav");
        long[] next = {0};
        long clipped = WavWriter.write(f, 9000, 44100, 16, (l, r, n) -> {
            for (int i = 0; i < n; i++, next[0]++) {
                l[i] = next[0] / 9000f;
                r[i] = next[0] == 8999 ? 1.5f : 0f;
            }
        });
        assertEquals(1, clipped);
        AudioData back = WavReader.read(f);
        assertEquals(9000, back.frames());
        assertEquals(Pcm.to16(4500 / 9000f) / 32768f, back.channels()[0][4500]);
    }

    @Test
    void aFailingWriteLeavesTheOldFileUntouched() throws Exception {
        Path f = dir.resolve("mix.wav");
        WavWriter.write(f, new float[] {0.1f}, new float[] {0.2f}, 1, 44100, 16);
        byte[] before = Files.readAllBytes(f);
        int[] blocks = {0};
        IOException e = assertThrows(IOException.class, () -> WavWriter.write(f, 100_000, 44100, 24, (l, r, n) -> {
            if (++blocks[0] == 3) {
                throw new IOException("render failed");
            }
        }));
        assertEquals("render failed", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void refusesOtherDepths() {
        assertThrows(IllegalArgumentException.class,
                () -> WavWriter.write(dir.resolve("x.wav"), new float[1], new float[1], 1, 44100, 8));
    }

    private static float[] noise(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextFloat() * 2 - 1;
        }
        x[0] = 1f;
        x[1] = -1f;
        return x;
    }
}
