package org.studiopaths.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.WavBytes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studiopaths.audio.WavBytes.FLOAT;
import static org.studiopaths.audio.WavBytes.PCM;

/** Every damaged kind of WAV is refused in one line (exit 2); every unusual valid kind is measured (exit 0). */
class WavInputTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A 1 kHz sine of the given length, in the sample format of {@code bits} (8, 16, 24 PCM or 32 float). */
    static byte[] sine(int frames, int channels, int rate, int bits, boolean isFloat) {
        int bytes = bits / 8;
        ByteBuffer b = ByteBuffer.allocate(frames * channels * bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            double x = 0.5 * Math.sin(2 * Math.PI * 1000 * i / rate);
            for (int c = 0; c < channels; c++) {
                if (isFloat) {
                    b.putFloat((float) x);
                } else if (bits == 8) {
                    b.put((byte) (128 + Math.round(x * 127)));
                } else if (bits == 16) {
                    b.putShort((short) Math.round(x * 32767));
                } else {
                    int v = (int) Math.round(x * 8_388_607);
                    b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                }
            }
        }
        return b.array();
    }

    private static WavBytes plain(int tag, int channels, int rate, int bits, double seconds) {
        int frames = (int) Math.round(seconds * rate);
        return new WavBytes().fmt(tag, channels, rate, bits).data(sine(frames, channels, rate, bits, tag == FLOAT));
    }

    @Test
    void everyDamagedKindIsRefusedInOneLineNamingTheFile() throws Exception {
        byte[] random = new byte[4096];
        new Random(8).nextBytes(random);
        byte[] tenth = sine(4410, 2, 44100, 16, false);
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("truncated-data.wav", new WavBytes().fmt(PCM, 2, 44100, 16)
                .chunk("data", tenth.length * 2L, tenth, false).bytes());
        damaged.put("data-size-ffffffff.wav", new WavBytes().fmt(PCM, 2, 44100, 16)
                .chunk("data", 0xFFFFFFFFL, tenth, false).bytes());
        damaged.put("rate-0.wav", new WavBytes().fmt(PCM, 2, 0, 16).data(tenth).bytes());
        damaged.put("zero-channels.wav", new WavBytes().fmt(PCM, 0, 44100, 16).data(tenth).bytes());
        damaged.put("empty-fmt.wav", new WavBytes().chunk("fmt ", new byte[0]).data(tenth).bytes());
        damaged.put("no-data.wav", new WavBytes().fmt(PCM, 2, 44100, 16).chunk("LIST", new byte[10]).bytes());
        damaged.put("random.wav", random);
        damaged.put("empty.wav", new byte[0]);
        for (Map.Entry<String, byte[]> e : damaged.entrySet()) {
            Path f = Files.write(dir.resolve(e.getKey()), e.getValue());
            Clis r = Clis.run("analyze", f.toString());
            assertTrue(r.refusedInOneLine(), e.getKey() + ": exit " + r.exit() + ", stderr: " + r.err());
            assertTrue(r.err().startsWith(f.toString() + ": "), e.getKey() + " names the file: " + r.err());
            assertEquals("", r.out(), e.getKey());
        }
    }

    @Test
    void everyUnusualValidKindIsMeasuredWithItsDuration() throws Exception {
        Map<String, WavBytes> valid = new LinkedHashMap<>();
        valid.put("pcm24.wav", plain(PCM, 2, 44100, 24, 0.5));
        valid.put("float32.wav", plain(FLOAT, 2, 48000, 32, 0.5));
        valid.put("extensible.wav", new WavBytes().chunk("fmt ", WavBytes.extensibleBody(PCM, 2, 48000, 16, 3))
                .data(sine(24000, 2, 48000, 16, false)));
        valid.put("u8.wav", plain(PCM, 1, 22050, 8, 0.5));
        valid.put("six-channels.wav", new WavBytes().chunk("fmt ", WavBytes.extensibleBody(PCM, 6, 48000, 16, 0x3F))
                .data(sine(24000, 6, 48000, 16, false)));
        valid.put("8khz.wav", plain(PCM, 1, 8000, 16, 0.5));
        valid.put("192khz.wav", plain(PCM, 2, 192000, 24, 0.5));
        valid.put("big-junk-first.wav", new WavBytes().chunk("JUNK", new byte[9000]).chunk("bext", new byte[602])
                .fmt(PCM, 2, 44100, 16).data(sine(22050, 2, 44100, 16, false)));
        valid.put("odd-chunk-padded.wav", new WavBytes().chunk("LIST", new byte[11]).fmt(PCM, 1, 44100, 16)
                .chunk("id3 ", new byte[7]).data(sine(22050, 1, 44100, 16, false)));
        for (Map.Entry<String, WavBytes> e : valid.entrySet()) {
            Path f = e.getValue().write(dir, e.getKey());
            Clis r = Clis.run("analyze", f.toString(), "--json");
            assertEquals(0, r.exit(), e.getKey() + ": " + r.err());
            JsonNode j = JSON.readTree(r.out());
            assertEquals(0.5, j.get("durationSeconds").asDouble(), 1e-3, e.getKey());
            assertTrue(j.get("integratedLufs").isNumber(), e.getKey() + " is heard: " + r.out());
            if (!e.getKey().startsWith("six")) { // six channels fold to a louder stereo
                assertEquals(-6.0, j.get("peakDbfs").asDouble(), 0.2, e.getKey() + " holds a -6 dBFS sine");
            }
        }
    }

    @Test
    void silenceIsBelowTheGateNeverNaN() throws Exception {
        Path f = new WavBytes().fmt(PCM, 2, 44100, 16).data(new byte[44100 * 4]).write(dir, "silence.wav");
        Clis r = Clis.run("analyze", f.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertTrue(j.get("integratedLufs").isNull(), r.out());
        assertTrue(!r.out().contains("NaN") && !r.out().contains("Infinity"), r.out());
        Clis text = Clis.run("analyze", f.toString());
        assertTrue(text.out().contains("below the -70 LUFS gate"), text.out());
    }

    @Test
    void floatSamplesHoldingNanOrInfinityAreMeasuredAsSilenceThere() throws Exception {
        float[] x = new float[44100 * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * (i / 2) / 44100.0));
        }
        x[1000] = Float.NaN;
        x[2001] = Float.POSITIVE_INFINITY;
        x[3000] = Float.NEGATIVE_INFINITY;
        Path f = new WavBytes().fmt(FLOAT, 2, 44100, 32).data(WavBytes.float32(x)).write(dir, "nan.wav");
        Clis r = Clis.run("analyze", f.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(-6.0, j.get("peakDbfs").asDouble(), 0.1, "the peak is the sine's, not infinity");
        assertTrue(!r.out().contains("NaN") && !r.out().contains("Infinity"), r.out());
    }
}
