package org.studiopaths.samples;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** A WAV file read with javax.sound.sampled, for the sample tests: its format and its samples in -1..1. */
record TestWav(AudioFormat format, float[] samples) {

    static TestWav read(Path file) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat format = in.getFormat();
            byte[] bytes = in.readAllBytes();
            float[] samples = new float[bytes.length / 2];
            if (format.getSampleSizeInBits() == 16 && !format.isBigEndian()) {
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768f;
                }
            }
            return new TestWav(format, samples);
        }
    }

    double peak() {
        double peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    double rms() {
        double sum = 0;
        for (float s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length);
    }

    static double db(double linear) {
        return 20 * Math.log10(linear);
    }
}
