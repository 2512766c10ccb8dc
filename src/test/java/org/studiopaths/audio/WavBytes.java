package org.studiopaths.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds WAV files byte by byte, so tests can make any shape of valid or damaged file. */
public final class WavBytes {

    public static final int PCM = 1;
    public static final int FLOAT = 3;

    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();

    /** A chunk with its true size, followed by a pad byte when the size is odd. */
    public WavBytes chunk(String id, byte[] body) {
        return chunk(id, body.length, body, true);
    }

    /** A chunk whose header states {@code declaredSize}, whatever the body really holds. */
    public WavBytes chunk(String id, long declaredSize, byte[] body, boolean pad) {
        chunks.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        chunks.writeBytes(le32(declaredSize));
        chunks.writeBytes(body);
        if (pad && body.length % 2 == 1) {
            chunks.write(0);
        }
        return this;
    }

    public WavBytes fmt(int tag, int channels, int rate, int bits) {
        return chunk("fmt ", fmtBody(tag, channels, rate, bits));
    }

    public WavBytes data(byte[] samples) {
        return chunk("data", samples);
    }

    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(12 + chunks.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + chunks.size())
                .put("WAVE".getBytes(StandardCharsets.ISO_8859_1)).put(chunks.toByteArray());
        return b.array();
    }

    public Path write(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), bytes());
    }

    public static byte[] fmtBody(int tag, int channels, int rate, int bits) {
        int bytes = (bits + 7) / 8;
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * channels * bytes)
                .putShort((short) (channels * bytes)).putShort((short) bits).array();
    }

    /** A WAVE_FORMAT_EXTENSIBLE fmt body with the PCM (1) or float (3) sub-format GUID. */
    public static byte[] extensibleBody(int subTag, int channels, int rate, int bits, int mask) {
        int bytes = bits / 8;
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 0xFFFE).putShort((short) channels).putInt(rate).putInt(rate * channels * bytes)
                .putShort((short) (channels * bytes)).putShort((short) bits)
                .putShort((short) 22).putShort((short) bits).putInt(mask)
                .putShort((short) subTag);
        b.put(new byte[] {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38,
                (byte) 0x9B, 0x71});
        return b.array();
    }

    public static byte[] pcm16(short... samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    public static byte[] pcm24(int... samples) {
        byte[] out = new byte[samples.length * 3];
        for (int i = 0; i < samples.length; i++) {
            out[3 * i] = (byte) samples[i];
            out[3 * i + 1] = (byte) (samples[i] >> 8);
            out[3 * i + 2] = (byte) (samples[i] >> 16);
        }
        return out;
    }

    public static byte[] pcm32(int... samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int s : samples) {
            b.putInt(s);
        }
        return b.array();
    }

    public static byte[] float32(float... samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : samples) {
            b.putFloat(s);
        }
        return b.array();
    }

    public static byte[] float64(double... samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double s : samples) {
            b.putDouble(s);
        }
        return b.array();
    }

    public static byte[] le32(long v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
    }
}
