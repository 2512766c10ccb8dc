package org.studiopaths.dsp;

import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.WaveformSimilarityBasedOverlapAdd;
import be.tarsos.dsp.WaveformSimilarityBasedOverlapAdd.Parameters;
import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Changes the length of mono audio without changing its pitch, through TarsosDSP's WSOLA
 * ({@link WaveformSimilarityBasedOverlapAdd}, music settings). Offline: it allocates.
 *
 * <p>WSOLA is driven here block by block rather than through an {@code AudioDispatcher}: no
 * conversion to 16-bit bytes, no {@code java.lang.Error} from a stream, and exact control of the
 * length. Its output buffer is reused between blocks, so each block is copied out at once. The
 * input is padded at the front so that the first block's cross-fade (from silence) falls before the
 * signal and the output starts with the input's first sample, and at the back with silence so the
 * output can be cut to exactly {@code round(in.length × ratio)} samples.
 */
public final class TimeStretch {

    private TimeStretch() {
    }

    /**
     * @param ratio output length over input length: 1.2 makes it 20 % longer (slower), 0.5 half
     *     as long; between 0.25 and 4
     * @return a new array of exactly {@code Math.round(mono.length * ratio)} samples
     * @throws IllegalArgumentException for a ratio out of range or a bad sample rate
     * @throws IllegalStateException if TarsosDSP fails inside
     */
    public static float[] stretch(float[] mono, int sampleRate, double ratio) {
        if (!(ratio >= 0.25 && ratio <= 4)) {
            throw new IllegalArgumentException("stretch ratio must be between 0.25 and 4, not " + ratio);
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        int outLength = (int) Math.round(mono.length * ratio);
        if (ratio == 1.0 || mono.length == 0) {
            return java.util.Arrays.copyOf(mono, outLength);
        }
        Parameters params = Parameters.musicDefaults(1 / ratio, sampleRate);
        WaveformSimilarityBasedOverlapAdd wsola = quietly(params);
        int overlap = (int) (sampleRate * params.getOverlapMs() / 1000);
        int seek = (int) (sampleRate * params.getSeekWindowMs() / 1000);
        int inBlock = wsola.getInputBufferSize();
        int inStep = inBlock - wsola.getOverlap();
        int outBlock = (int) (sampleRate * params.getSequenceMs() / 1000) - overlap;

        // With silence before the signal every correlation is 0 and WSOLA's bias picks the middle
        // of its seek range; padding by that much plus one cross-fade puts input sample 0 right
        // after the first fade, which is then dropped.
        int front = seek / 2 + overlap;
        int blocks = (outLength + overlap) / outBlock + 1;
        float[] padded = new float[Math.max(front + mono.length, (blocks - 1) * inStep + inBlock)];
        System.arraycopy(mono, 0, padded, front, mono.length);

        float[] out = new float[outLength];
        float[] in = new float[inBlock];
        AudioEvent event = new AudioEvent(new TarsosDSPAudioFormat(sampleRate, 16, 1, true, false));
        int skip = overlap;
        int written = 0;
        try {
            for (int at = 0; written < outLength; at += inStep) {
                System.arraycopy(padded, at, in, 0, inBlock);
                event.setFloatBuffer(in);
                wsola.process(event);
                float[] block = event.getFloatBuffer(); // WSOLA's own buffer, overwritten next block
                int from = Math.min(skip, block.length);
                skip -= from;
                int n = Math.min(block.length - from, outLength - written);
                System.arraycopy(block, from, out, written, n);
                written += n;
            }
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw new IllegalStateException("time-stretch failed inside TarsosDSP: " + e, e);
        }
        return out;
    }

    /**
     * TarsosDSP's WSOLA prints "New overlapLength…" to standard output when it is built, which would
     * corrupt the output of a command. Only this thread's printing is dropped, and only meanwhile.
     */
    private static WaveformSimilarityBasedOverlapAdd quietly(Parameters params) {
        synchronized (TimeStretch.class) {
            PrintStream original = System.out;
            Thread self = Thread.currentThread();
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    if (Thread.currentThread() != self) {
                        original.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    if (Thread.currentThread() != self) {
                        original.write(b, off, len);
                    }
                }
            }, true));
            try {
                return new WaveformSimilarityBasedOverlapAdd(params);
            } finally {
                System.setOut(original);
            }
        }
    }
}
