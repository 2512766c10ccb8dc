package org.studiopaths.dsp;

import org.studiopaths.model.Eq;

/**
 * A channel strip's filter chain for one audio channel: high-pass (Butterworth, Q 0.7071), low shelf,
 * mid peak, high shelf, in that order (the project format's signal order).
 */
public final class TrackEq {

    public static final double BUTTERWORTH_Q = Math.sqrt(0.5);

    private final Biquad highPass = new Biquad();
    private final Biquad low = new Biquad();
    private final Biquad mid = new Biquad();
    private final Biquad high = new Biquad();
    private final Biquad[] chain = {highPass, low, mid, high};
    private final Biquad[] active = new Biquad[4];

    /** Applies the settings; cheap when nothing changed. Call from the thread that runs {@link #process}. */
    public void set(Eq eq, double sampleRate) {
        if (eq.highPassHz() > 0) {
            highPass.set(Biquad.Shape.HIGH_PASS, eq.highPassHz(), 0, BUTTERWORTH_Q, sampleRate);
        } else if (!highPass.isBypassed()) {
            highPass.off();
            highPass.reset();
        }
        low.set(Biquad.Shape.LOW_SHELF, eq.low().freqHz(), eq.low().gainDb(), 1, sampleRate);
        mid.set(Biquad.Shape.PEAKING, eq.mid().freqHz(), eq.mid().gainDb(), eq.mid().q(), sampleRate);
        high.set(Biquad.Shape.HIGH_SHELF, eq.high().freqHz(), eq.high().gainDb(), 1, sampleRate);
    }

    public void process(float[] buf, int n) {
        process(buf, 0, n);
    }

    /**
     * Filters {@code buf[off, off + n)} in place: the sections that are on, in the chain's order, in one pass
     * ({@link Biquad#cascade}). Allocates nothing.
     */
    public void process(float[] buf, int off, int n) {
        int count = 0;
        for (Biquad b : chain) {
            if (!b.isBypassed()) {
                active[count++] = b;
            }
        }
        Biquad.cascade(active, count, buf, off, n);
    }

    public void reset() {
        highPass.reset();
        low.reset();
        mid.reset();
        high.reset();
    }

    /** The whole chain's response in dB at a frequency, for the EQ curve. */
    public static double responseDb(Eq eq, double sampleRate, double hz) {
        TrackEq chain = new TrackEq();
        chain.set(eq, sampleRate);
        return chain.highPass.responseDb(hz) + chain.low.responseDb(hz) + chain.mid.responseDb(hz)
                + chain.high.responseDb(hz);
    }
}
