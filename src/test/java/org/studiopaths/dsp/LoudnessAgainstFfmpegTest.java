package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compares integrated loudness with ffmpeg's ebur128 filter, where ffmpeg is installed. */
class LoudnessAgainstFfmpegTest {

    private static final Pattern INTEGRATED = Pattern.compile("Integrated loudness:\\s*I:\\s*(-?[0-9.]+) LUFS");

    private static boolean ffmpegAvailable() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Rounds to 16 bits in place (so both meters see the same samples) and writes a 16-bit WAV. */
    private static void write16BitStereo(Path file, float[] left, float[] right, int rate) throws IOException {
        int frames = left.length;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + frames * 4)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 2)
                .putInt(rate).putInt(rate * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            short l = (short) Math.round(left[i] * 32767);
            short r = (short) Math.round(right[i] * 32767);
            left[i] = l / 32767f;
            right[i] = r / 32767f;
            b.putShort(l).putShort(r);
        }
        Files.write(file, b.array());
    }

    @Test
    void pinkNoiseAgreesWithFfmpegWithinTwoTenths(@TempDir Path dir) throws Exception {
        assumeTrue(ffmpegAvailable(), "ffmpeg is not installed; skipping the comparison");
        int rate = 44_100;
        float[] left = TestSignals.pinkNoise(rate * 20, 0.4, 11);
        float[] right = TestSignals.pinkNoise(rate * 20, 0.2, 12);
        Path wav = dir.resolve("noise.wav");
        write16BitStereo(wav, left, right, rate);

        Process p = new ProcessBuilder("ffmpeg", "-nostats", "-hide_banner", "-i", wav.toString(),
                "-af", "ebur128", "-f", "null", "-").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmpeg did not finish");
        Matcher m = INTEGRATED.matcher(log);
        assertTrue(m.find(), "no integrated loudness in ffmpeg's output:\n" + log);
        double ffmpeg = Double.parseDouble(m.group(1));

        LoudnessMeter meter = new LoudnessMeter(rate, 2);
        meter.accept(left, right, left.length);
        assertEquals(ffmpeg, meter.integratedLufs().getAsDouble(), 0.2);
    }
}
