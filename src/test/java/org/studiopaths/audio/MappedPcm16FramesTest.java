package org.studiopaths.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 16-bit WAVs read in place give exactly the floats that decoding gives, and only such files are read so. */
class MappedPcm16FramesTest {

    @TempDir
    Path tmp;

    /** A 16-bit file of random samples (full scale included), with a chunk before the data, at 44.1 kHz. */
    private Path pcm16(String name, int channels, int frames) throws Exception {
        Random r = new Random(channels * 31L + frames);
        ByteBuffer data = ByteBuffer.allocate(2 * channels * frames).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < channels * frames; i++) {
            data.putShort((short) (i < 2 ? (i == 0 ? 32767 : -32768) : r.nextInt(65536) - 32768));
        }
        return new WavBytes().fmt(WavBytes.PCM, channels, AudioData.RENDER_RATE, 16).chunk("LIST", new byte[7])
                .data(data.array()).write(tmp, name);
    }

    @Test
    void monoAndStereoGiveTheDecodedFloatsExactly() throws Exception {
        for (int channels = 1; channels <= 2; channels++) {
            Path file = pcm16("c" + channels + ".wav", channels, 3001);
            SampleFrames mapped = WavReader.mapPcm16(file, AudioData.RENDER_RATE).orElseThrow();
            float[][] decoded = WavReader.read(file).channels();
            assertEquals(3001, mapped.frames());
            assertEquals(channels, mapped.channels());
            float[][] floats = mapped.toFloats();
            for (int ch = 0; ch < channels; ch++) {
                assertArrayEquals(decoded[ch], floats[ch], "toFloats, channel " + ch);
            }
            // Added as the render adds them: a run from the middle, with a gain, onto something already there.
            FloatFrames reference = new FloatFrames(decoded);
            short[] scratch = new short[2 * 700];
            for (int ch = 0; ch < 2; ch++) {
                float[] viaMap = new float[1000];
                float[] viaFloats = new float[1000];
                java.util.Arrays.fill(viaMap, 0.25f);
                java.util.Arrays.fill(viaFloats, 0.25f);
                mapped.addTo(ch, 1234, viaMap, 50, 700, 0.7f, scratch);
                reference.addTo(ch, 1234, viaFloats, 50, 700, 0.7f, null);
                assertArrayEquals(viaFloats, viaMap, channels + " channel(s), read as channel " + ch);
            }
        }
    }

    @Test
    void otherFormatsAndRatesAreLeftToTheDecoder() throws Exception {
        Path pcm24 = new WavBytes().fmt(WavBytes.PCM, 1, AudioData.RENDER_RATE, 24).data(new byte[300])
                .write(tmp, "24.wav");
        Path at48k = new WavBytes().fmt(WavBytes.PCM, 1, 48_000, 16).data(new byte[200]).write(tmp, "48k.wav");
        Path surround = new WavBytes().fmt(WavBytes.PCM, 6, AudioData.RENDER_RATE, 16).data(new byte[240])
                .write(tmp, "6ch.wav");
        for (Path f : new Path[] {pcm24, at48k, surround}) {
            assertFalse(WavReader.mapPcm16(f, AudioData.RENDER_RATE).isPresent(), f.toString());
        }
        // Through the store, such a file is decoded (and resampled) as for playback.
        SampleStore store = new SampleStore(tmp, tmp.resolve("user"));
        assertInstanceOf(FloatFrames.class, store.framesInPlace("48k.wav"));
        assertInstanceOf(MappedPcm16Frames.class, store.framesInPlace(tmp.relativize(pcm16("ok.wav", 2, 10))
                .toString()));
    }

    @Test
    void aDamagedFileGetsTheSameMessageAsWhenDecoded() throws Exception {
        Path cut = new WavBytes().fmt(WavBytes.PCM, 1, AudioData.RENDER_RATE, 16).chunk("data", 1000, new byte[10],
                false).write(tmp, "cut.wav");
        AudioFileException mapped = assertThrows(AudioFileException.class,
                () -> WavReader.mapPcm16(cut, AudioData.RENDER_RATE));
        AudioFileException decoded = assertThrows(AudioFileException.class, () -> WavReader.read(cut));
        assertEquals(decoded.getMessage(), mapped.getMessage());
        assertTrue(mapped.getMessage().contains("cut.wav: the data chunk says 1000 bytes but only 10 follow"),
                mapped.getMessage());
        Files.delete(cut);
        assertTrue(assertThrows(AudioFileException.class, () -> WavReader.mapPcm16(cut, AudioData.RENDER_RATE))
                .getMessage().endsWith("cut.wav: no such file; check the path"));
    }
}
