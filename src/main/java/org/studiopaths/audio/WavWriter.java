package org.studiopaths.audio;

import org.studiopaths.files.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes 16- or 24-bit PCM WAV files whole or not at all ({@link AtomicFiles}: a temporary file, then a rename),
 * so a failure part-way leaves any previous file untouched. Samples go through {@link Pcm}, the conversion
 * playback uses too. Each write returns how many samples clipped.
 */
public final class WavWriter {

    /** Renders the next {@code frames} frames of a stereo signal into the start of {@code left} and {@code right}. */
    @FunctionalInterface
    public interface StereoSource {
        void render(float[] left, float[] right, int frames) throws IOException;
    }

    private static final int BLOCK_FRAMES = 4096;
    private static final long MAX_DATA_BYTES = 0xFFFFFFFFL - 36;

    private WavWriter() {
    }

    /** Writes mono or stereo audio at its own sample rate. */
    public static long write(Path target, AudioData audio, int bits) throws IOException {
        int channels = audio.channelCount();
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException(channels + " channels; a WAV is written as mono or stereo");
        }
        return write(target, audio.channels(), audio.frames(), audio.sampleRate(), bits);
    }

    /** Writes the first {@code frames} frames of two channels as a stereo file. */
    public static long write(Path target, float[] left, float[] right, int frames, int sampleRate, int bits)
            throws IOException {
        if (frames < 0 || frames > left.length || frames > right.length) {
            throw new IllegalArgumentException(frames + " frames asked for, but the channels hold " + left.length
                    + " and " + right.length);
        }
        return write(target, new float[][] {left, right}, frames, sampleRate, bits);
    }

    private static long write(Path target, float[][] channels, int frames, int sampleRate, int bits)
            throws IOException {
        int bytes = Pcm.bytesPerSample(bits);
        int blockAlign = channels.length * bytes;
        check(target, frames, sampleRate, blockAlign);
        long[] clipped = {0};
        AtomicFiles.write(target, out -> {
            writeHeader(out, frames, channels.length, sampleRate, bits);
            byte[] buf = new byte[BLOCK_FRAMES * blockAlign];
            for (int done = 0; done < frames; done += BLOCK_FRAMES) {
                int n = Math.min(BLOCK_FRAMES, frames - done);
                clipped[0] += Pcm.encodeLE(channels, done, n, bits, buf);
                out.write(buf, 0, n * blockAlign);
            }
        });
        return clipped[0];
    }

    /**
     * Writes a stereo file of {@code frames} frames rendered block by block, so a long render never has to be
     * held in memory. If the source throws, the exception passes through and no file is left behind.
     */
    public static long write(Path target, long frames, int sampleRate, int bits, StereoSource source)
            throws IOException {
        int bytes = Pcm.bytesPerSample(bits);
        check(target, frames, sampleRate, 2 * bytes);
        long[] clipped = {0};
        AtomicFiles.write(target, out -> {
            writeHeader(out, frames, 2, sampleRate, bits);
            float[] left = new float[BLOCK_FRAMES];
            float[] right = new float[BLOCK_FRAMES];
            byte[] buf = new byte[BLOCK_FRAMES * 2 * bytes];
            for (long done = 0; done < frames; done += BLOCK_FRAMES) {
                int n = (int) Math.min(BLOCK_FRAMES, frames - done);
                source.render(left, right, n);
                clipped[0] += bits == 16 ? Pcm.encode16LE(left, right, n, buf) : Pcm.encode24LE(left, right, n, buf);
                out.write(buf, 0, n * 2 * bytes);
            }
        });
        return clipped[0];
    }

    private static void check(Path target, long frames, int sampleRate, int blockAlign) throws IOException {
        if (frames < 0 || sampleRate <= 0) {
            throw new IllegalArgumentException(frames + " frames at " + sampleRate + " Hz");
        }
        if (frames * blockAlign > MAX_DATA_BYTES) {
            throw new IOException(target + ": " + frames + " frames would pass the 4 GB limit of a WAV file;"
                    + " export a shorter stretch or at 16 bits");
        }
    }

    private static void writeHeader(OutputStream out, long frames, int channels, int rate, int bits)
            throws IOException {
        int blockAlign = channels * bits / 8;
        long dataBytes = frames * blockAlign;
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        out.write(h.array());
    }
}
