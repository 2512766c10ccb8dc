package org.studiopaths.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What a WAV file's {@code fmt } chunk says, checked: how samples are encoded, how many channels, the rate.
 *
 * @param encoding       integer PCM or IEEE float
 * @param channels       channels in the file (at least 1)
 * @param sampleRate     frames per second
 * @param bytesPerSample bytes one sample takes in the file (1 to 4 for PCM, 4 or 8 for float)
 * @param channelMask    the WAVE_FORMAT_EXTENSIBLE speaker mask, 0 when the file has none
 */
record WavFormat(Encoding encoding, int channels, int sampleRate, int bytesPerSample, int channelMask) {

    enum Encoding { PCM, FLOAT }

    static final int MIN_RATE = 1_000;
    static final int MAX_RATE = 768_000;

    private static final int TAG_PCM = 1;
    private static final int TAG_FLOAT = 3;
    private static final int TAG_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of the KSDATAFORMAT_SUBTYPE GUIDs for PCM and float, after the 2-byte format tag. */
    private static final byte[] GUID_TAIL = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00,
            (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};

    int blockAlign() {
        return channels * bytesPerSample;
    }

    /** Reads a {@code fmt } chunk's body; {@code file} names the file in messages. */
    static WavFormat parse(byte[] body, String file) throws AudioFileException {
        if (body.length < 16) {
            throw new AudioFileException(file + ": the fmt chunk is " + body.length
                    + " bytes, too short to describe the audio (at least 16); the file is damaged: export it again");
        }
        ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        int tag = b.getShort(0) & 0xFFFF;
        int channels = b.getShort(2) & 0xFFFF;
        long rate = b.getInt(4) & 0xFFFFFFFFL;
        int bits = b.getShort(14) & 0xFFFF;
        int mask = 0;
        if (tag == TAG_EXTENSIBLE) {
            if (body.length < 40) {
                throw new AudioFileException(file + ": the fmt chunk says WAVE_FORMAT_EXTENSIBLE but is only "
                        + body.length + " bytes (at least 40); the file is damaged: export it again");
            }
            mask = b.getInt(20);
            tag = b.getShort(24) & 0xFFFF;
            for (int i = 0; i < GUID_TAIL.length; i++) {
                if (body[26 + i] != GUID_TAIL[i]) {
                    throw new AudioFileException(file + ": its WAVE_FORMAT_EXTENSIBLE sub-format is not PCM or float;"
                            + " convert it to a 16- or 24-bit PCM WAV");
                }
            }
        }
        if (channels == 0) {
            throw new AudioFileException(file + ": the fmt chunk says 0 channels; the file is damaged: export it again");
        }
        if (rate == 0) {
            throw new AudioFileException(file + ": the fmt chunk says a sample rate of 0 Hz; the file is damaged:"
                    + " export it again");
        }
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new AudioFileException(file + ": the sample rate is " + rate + " Hz; allowed " + MIN_RATE + " to "
                    + MAX_RATE + " Hz: export it at 44100 or 48000 Hz");
        }
        if (tag == TAG_PCM) {
            if (bits < 1 || bits > 32) {
                throw new AudioFileException(file + ": the fmt chunk says " + bits + "-bit PCM; allowed 8 to 32 bits:"
                        + " export it as 16- or 24-bit PCM");
            }
            return new WavFormat(Encoding.PCM, channels, (int) rate, (bits + 7) / 8, mask);
        }
        if (tag == TAG_FLOAT) {
            if (bits != 32 && bits != 64) {
                throw new AudioFileException(file + ": the fmt chunk says " + bits + "-bit float; allowed 32 or 64:"
                        + " export it as 16- or 24-bit PCM");
            }
            return new WavFormat(Encoding.FLOAT, channels, (int) rate, bits / 8, mask);
        }
        throw new AudioFileException(file + ": its audio is encoded as " + describe(tag)
                + ", which Studio Paths does not read; convert it to a 16- or 24-bit PCM WAV");
    }

    private static String describe(int tag) {
        return switch (tag) {
            case 2 -> "Microsoft ADPCM";
            case 6 -> "A-law";
            case 7 -> "mu-law";
            case 0x11 -> "IMA ADPCM";
            case 0x55 -> "MP3";
            default -> String.format("format 0x%04X", tag);
        };
    }
}
