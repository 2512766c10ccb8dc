package org.studiopaths.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavReaderTest {

    private static final float C = (float) Math.sqrt(0.5);

    @TempDir
    Path dir;

    // ---- damaged files are refused with one line naming the file, the fault and the fix ----

    @Test
    void truncatedDataIsRefused() throws IOException {
        Path f = new WavBytes().fmt(WavBytes.PCM, 2, 44100, 16).chunk("data", 4000, new byte[1200], false)
                .write(dir, "cut.wav");
        assertRefused(f, ": the data chunk says 4000 bytes but only 1200 follow; the file is cut short"
                + " or was written as a stream: export it again");
    }

    @Test
    void dataSizeOfAllOnesIsRefused() throws IOException {
        Path f = new WavBytes().fmt(WavBytes.PCM, 2, 44100, 16).chunk("data", 0xFFFFFFFFL, new byte[1200], false)
                .write(dir, "x.wav");
        assertRefused(f, ": the data chunk says 4294967295 bytes but only 1200 follow; the file is cut short");
    }

    @Test
    void sampleRateZeroIsRefused() throws IOException {
        Path f = new WavBytes().fmt(WavBytes.PCM, 2, 0, 16).data(new byte[400]).write(dir, "r.wav");
        assertRefused(f, ": the fmt chunk says a sample rate of 0 Hz; the file is damaged: export it again");
    }

    @Test
    void zeroChannelsIsRefused() throws IOException {
        Path f = new WavBytes().fmt(WavBytes.PCM, 0, 44100, 16).data(new byte[400]).write(dir, "c.wav");
        assertRefused(f, ": the fmt chunk says 0 channels; the file is damaged");
    }

    @Test
    void emptyFmtChunkIsRefused() throws IOException {
        Path f = new WavBytes().chunk("fmt ", new byte[0]).data(new byte[400]).write(dir, "f.wav");
        assertRefused(f, ": the fmt chunk is 0 bytes, too short to describe the audio");
    }

    @Test
    void missingDataChunkIsRefused() throws IOException {
        Path f = new WavBytes().fmt(WavBytes.PCM, 2, 44100, 16).chunk("LIST", new byte[20]).write(dir, "d.wav");
        assertRefused(f, ": has no data chunk (the file ends after 64 bytes)");
    }

    @Test
    void missingFmtChunkIsRefused() throws IOException {
        Path f = new WavBytes().data(new byte[40]).write(dir, "nofmt.wav");
        assertRefused(f, ": has no fmt chunk");
    }

    @Test
    void randomBytesAreRefused() throws IOException {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        noise[0] = 'x'; // keep the seeded noise from looking like an MP3 frame sync by chance
        Path f = Files.write(dir.resolve("noise.wav"), noise);
        assertRefused(f, ": is not a WAV file (it does not begin with RIFF....WAVE); convert or export it as WAV");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path f = Files.write(dir.resolve("empty.wav"), new byte[0]);
        assertRefused(f, ": the file is empty (0 bytes); expected a WAV file");
    }

    @Test
    void riffThatIsNotWaveIsRefused() throws IOException {
        byte[] avi = new WavBytes().fmt(WavBytes.PCM, 1, 44100, 16).data(new byte[10]).bytes();
        System.arraycopy("AVI ".getBytes(), 0, avi, 8, 4);
        assertRefused(Files.write(dir.resolve("avi.wav"), avi), ": is not a WAV file");
    }

    @Test
    void aFewBytesAreRefused() throws IOException {
        assertRefused(Files.write(dir.resolve("tiny.wav"), new byte[] {1, 2, 3, 4, 5}),
                ": is only 5 bytes, too short to be a WAV file");
    }

    @Test
    void anMp3IsNamed() throws IOException {
        assertRefused(Files.write(dir.resolve("song.wav"), "ID3\u0004\0\0\0\0\0\0\0\0\0\0".getBytes()),
                ": is an MP3 file; convert it to WAV");
    }

    @Test
    void compressedAudioIsRefused() throws IOException {
        Path f = new WavBytes().fmt(2, 1, 44100, 4).data(new byte[100]).write(dir, "adpcm.wav");
        assertRefused(f, ": its audio is encoded as Microsoft ADPCM, which Studio Paths does not read");
    }

    @Test
    void aChunkLongerThanTheFileIsRefused() throws IOException {
        Path f = new WavBytes().chunk("LIST", 1 << 30, new byte[30], false).write(dir, "list.wav");
        assertRefused(f, ": the \"LIST\" chunk says 1073741824 bytes but only 30 follow");
    }

    @Test
    void aMissingFileIsRefused() {
        assertRefused(dir.resolve("gone.wav"), ": no such file; check the path");
    }

    // ---- valid files load with their duration and values ----

    @Test
    void reads16BitStereoExactly() throws Exception {
        Path f = new WavBytes().fmt(WavBytes.PCM, 2, 44100, 16)
                .data(WavBytes.pcm16((short) 16384, (short) -32768, (short) 1, (short) 32767)).write(dir, "a.wav");
        AudioData a = WavReader.read(f);
        assertEquals(2, a.channelCount());
        assertEquals(44100, a.sampleRate());
        assertArrayEquals(new float[] {0.5f, 1f / 32768}, a.channels()[0]);
        assertArrayEquals(new float[] {-1f, 32767f / 32768}, a.channels()[1]);
    }

    @Test
    void reads16BitAcrossManyBlocks() throws Exception {
        int frames = 50_000; // more than one read block
        short[] s = new short[frames * 2];
        for (int i = 0; i < frames; i++) {
            s[2 * i] = (short) (i % 65536 - 32768);
            s[2 * i + 1] = (short) -(i % 30000);
        }
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.PCM, 2, 48000, 16).data(WavBytes.pcm16(s))
                .write(dir, "long.wav"));
        assertEquals(frames, a.frames());
        for (int i : new int[] {0, 16_383, 16_384, 32_768, 49_999}) {
            assertEquals((i % 65536 - 32768) / 32768f, a.channels()[0][i], "left " + i);
            assertEquals(-(i % 30000) / 32768f, a.channels()[1][i], "right " + i);
        }
    }

    @Test
    void reads24BitMono() throws Exception {
        int[] s = new int[44100];
        s[0] = -8388608;
        s[1] = 4194304;
        s[2] = 8388607;
        s[3] = -1;
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.PCM, 1, 44100, 24).data(WavBytes.pcm24(s))
                .write(dir, "24.wav"));
        assertEquals(1, a.channelCount());
        assertEquals(1.0, a.seconds(), 1e-12);
        assertArrayEquals(new float[] {-1f, 0.5f, 8388607f / 8388608, -1f / 8388608},
                Arrays.copyOf(a.channels()[0], 4));
    }

    @Test
    void reads32BitPcm() throws Exception {
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.PCM, 1, 44100, 32)
                .data(WavBytes.pcm32(Integer.MIN_VALUE, 1 << 30)).write(dir, "32.wav"));
        assertArrayEquals(new float[] {-1f, 0.5f}, a.channels()[0]);
    }

    @Test
    void reads32BitFloatStereo() throws Exception {
        float[] s = new float[2 * 24000];
        s[0] = 0.25f;
        s[1] = -1.5f; // float files may exceed full scale; kept as is
        s[2] = Float.NaN; // would poison a mix: becomes silence
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.FLOAT, 2, 48000, 32).data(WavBytes.float32(s))
                .write(dir, "float.wav"));
        assertEquals(0.5, a.seconds(), 1e-12);
        assertEquals(0.25f, a.channels()[0][0]);
        assertEquals(-1.5f, a.channels()[1][0]);
        assertEquals(0f, a.channels()[0][1]);
    }

    @Test
    void reads64BitFloat() throws Exception {
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.FLOAT, 1, 44100, 64)
                .data(WavBytes.float64(0.125, -0.75)).write(dir, "f64.wav"));
        assertArrayEquals(new float[] {0.125f, -0.75f}, a.channels()[0]);
    }

    @Test
    void readsExtensiblePcm() throws Exception {
        AudioData a = WavReader.read(new WavBytes()
                .chunk("fmt ", WavBytes.extensibleBody(WavBytes.PCM, 2, 96000, 24, 0x3))
                .data(WavBytes.pcm24(new int[2 * 48000])).write(dir, "ext.wav"));
        assertEquals(2, a.channelCount());
        assertEquals(96000, a.sampleRate());
        assertEquals(0.5, a.seconds(), 1e-12);
    }

    @Test
    void readsExtensibleFloat() throws Exception {
        AudioData a = WavReader.read(new WavBytes()
                .chunk("fmt ", WavBytes.extensibleBody(WavBytes.FLOAT, 1, 44100, 32, 0x4))
                .data(WavBytes.float32(0.5f, -0.5f, 0.25f)).write(dir, "extf.wav"));
        assertArrayEquals(new float[] {0.5f, -0.5f, 0.25f}, a.channels()[0]);
    }

    @Test
    void reads8BitUnsigned() throws Exception {
        byte[] s = new byte[22050];
        s[0] = 0;
        s[1] = (byte) 128;
        s[2] = (byte) 255;
        s[3] = 64;
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.PCM, 1, 22050, 8).data(s).write(dir, "8.wav"));
        assertEquals(1.0, a.seconds(), 1e-12);
        assertArrayEquals(new float[] {-1f, 0f, 127f / 128, -0.5f}, Arrays.copyOf(a.channels()[0], 4));
    }

    @Test
    void foldsSixChannelsLikeBs775() throws Exception {
        // L, R, C, LFE, Ls, Rs: the LFE must not reach either side.
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.FLOAT, 6, 48000, 32)
                .data(WavBytes.float32(repeat(48000, 0.1f, 0.2f, 0.3f, 0.9f, 0.4f, 0.5f))).write(dir, "51.wav"));
        assertEquals(2, a.channelCount());
        assertEquals(1.0, a.seconds(), 1e-12);
        assertEquals(0.1f + C * 0.3f + C * 0.4f, a.channels()[0][100], 1e-6);
        assertEquals(0.2f + C * 0.3f + C * 0.5f, a.channels()[1][47_999], 1e-6);
    }

    @Test
    void foldsByTheExtensibleChannelMask() throws Exception {
        // 3 channels declared as L, R, LFE: the third is dropped rather than taken for a centre.
        AudioData a = WavReader.read(new WavBytes()
                .chunk("fmt ", WavBytes.extensibleBody(WavBytes.FLOAT, 3, 44100, 32, 0x1 | 0x2 | 0x8))
                .data(WavBytes.float32(0.1f, 0.2f, 0.9f)).write(dir, "lrlfe.wav"));
        assertEquals(0.1f, a.channels()[0][0], 1e-7);
        assertEquals(0.2f, a.channels()[1][0], 1e-7);
    }

    @Test
    void foldsTenChannelsByAlternatingAverages() throws Exception {
        float[] frame = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f};
        AudioData a = WavReader.read(new WavBytes().fmt(WavBytes.FLOAT, 10, 44100, 32)
                .data(WavBytes.float32(frame)).write(dir, "ten.wav"));
        assertEquals((0.1f + 0.3f + 0.5f + 0.7f + 0.9f) / 5, a.channels()[0][0], 1e-6);
        assertEquals((0.2f + 0.4f + 0.6f + 0.8f + 1.0f) / 5, a.channels()[1][0], 1e-6);
    }

    @Test
    void reads8kHzAnd192kHz() throws Exception {
        AudioData low = WavReader.read(new WavBytes().fmt(WavBytes.PCM, 1, 8000, 16)
                .data(new byte[2 * 4000]).write(dir, "8k.wav"));
        AudioData high = WavReader.read(new WavBytes().fmt(WavBytes.PCM, 2, 192000, 24)
                .data(new byte[6 * 192000 * 2]).write(dir, "192k.wav"));
        assertEquals(8000, low.sampleRate());
        assertEquals(0.5, low.seconds(), 1e-12);
        assertEquals(192000, high.sampleRate());
        assertEquals(2.0, high.seconds(), 1e-12);
    }

    @Test
    void readsWithMoreThan8KbOfChunksBeforeFmt() throws Exception {
        byte[] big = new byte[9000];
        Arrays.fill(big, (byte) 'j');
        AudioData a = WavReader.read(new WavBytes().chunk("JUNK", big).chunk("LIST", new byte[4000])
                .fmt(WavBytes.PCM, 2, 44100, 16).data(WavBytes.pcm16(new short[2 * 441])).write(dir, "junk.wav"));
        assertEquals(0.01, a.seconds(), 1e-12);
    }

    @Test
    void skipsOddSizedChunksAndTheirPadByte() throws Exception {
        byte[] odd = {(byte) 200, (byte) 100, 50}; // 3 frames of 8-bit mono: a 3-byte data chunk plus its pad
        AudioData a = WavReader.read(new WavBytes().chunk("bext", new byte[7]).fmt(WavBytes.PCM, 1, 8000, 8)
                .chunk("afsp", new byte[1]).data(odd).chunk("LIST", new byte[5]).write(dir, "odd.wav"));
        assertEquals(3, a.frames());
        assertArrayEquals(new float[] {72f / 128, -28f / 128, -78f / 128}, a.channels()[0]);
    }

    @Test
    void ignoresAWrongRiffSizeAndATrailingPartialFrame() throws Exception {
        byte[] b = new WavBytes().fmt(WavBytes.PCM, 2, 44100, 16)
                .data(WavBytes.pcm16((short) 100, (short) 200, (short) 300)).bytes();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0); // streaming writers leave 0 here
        AudioData a = WavReader.read(Files.write(dir.resolve("stream.wav"), b));
        assertEquals(1, a.frames());
        assertEquals(200f / 32768, a.channels()[1][0]);
    }

    private static float[] repeat(int frames, float... frame) {
        float[] out = new float[frames * frame.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = frame[i % frame.length];
        }
        return out;
    }

    private static void assertArrayEquals(float[] expected, float[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 0f);
    }

    static void assertRefused(Path f, String afterFileName) {
        AudioFileException e = assertThrows(AudioFileException.class, () -> WavReader.read(f));
        String expected = f + afterFileName;
        assertTrue(e.getMessage().startsWith(expected), () -> "expected start: " + expected + "\n but was: "
                + e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
