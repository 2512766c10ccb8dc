package org.studiopaths.generator.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes mono 16-bit 44,100 Hz WAV files; samples are rounded, never dithered, so the bytes repeat exactly. */
public final class WavWriter {

    private static final AudioFormat MONO_16 = new AudioFormat(GervillRenderer.RATE, 16, 1, true, false);

    private WavWriter() {
    }

    public static void write(Path file, float[] signal) throws IOException {
        byte[] bytes = new byte[signal.length * 2];
        for (int i = 0; i < signal.length; i++) {
            int s = (int) Math.max(-32768, Math.min(32767, Math.round(signal[i] * 32767.0)));
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        Files.createDirectories(file.getParent());
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), MONO_16, signal.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
