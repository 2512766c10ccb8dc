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
        highPass.process(buf, n);
        low.process(buf, n);
        mid.process(buf, n);
        high.process(buf, n);
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
