package org.studiopaths.ui.mix;

import org.studiopaths.audio.AudioData;
import org.studiopaths.dsp.LoudnessMeter;
import org.studiopaths.dsp.SpectrumAnalyzer;
import org.studiopaths.dsp.TruePeakMeter;
import org.studiopaths.engine.MeterBank;

import java.util.OptionalDouble;

/**
 * The master section's measurements, made on the UI thread from the audio the meter bank kept: loudness
 * (momentary, short-term, integrated since play), the highest true peak since play, and the spectrum of the
 * focus signal (the master or the selected strip). Keeps the heavy work off the audio thread.
 */
public final class MasterMeters {

    private final MeterBank bank;
    private final LoudnessMeter loudness = new LoudnessMeter(AudioData.RENDER_RATE, 2);
    private final TruePeakMeter truePeak = new TruePeakMeter(2);
    private final SpectrumAnalyzer spectrum = new SpectrumAnalyzer(AudioData.RENDER_RATE);
    private final float[] left = new float[MeterBank.RING];
    private final float[] right = new float[MeterBank.RING];
    private final float[] mono = new float[MeterBank.RING];

    public MasterMeters(MeterBank bank) {
        this.bank = bank;
    }

    /** Takes in what was played since the last call. */
    public void update() {
        int n = bank.drainOutput(left, right);
        if (n > 0) {
            loudness.accept(left, right, n);
            truePeak.accept(left, right, n);
        }
        int m = bank.drainFocus(mono);
        if (m > 0) {
            spectrum.accept(mono, m);
        }
    }

    /** Starts the integrated loudness and the true peak afresh (when play is pressed). */
    public void reset() {
        update(); // drop what was left from before
        loudness.reset();
        truePeak.reset();
    }

    public double momentaryLufs() { return loudness.momentaryLufs(); }
    public double shortTermLufs() { return loudness.shortTermLufs(); }
    public OptionalDouble integratedLufs() { return loudness.integratedLufs(); }
    public double truePeakDbtp() { return truePeak.truePeakDbtp(); }

    /** The spectrum of the focus signal, one log-spaced bin (20 Hz–20 kHz) per element, in dB. */
    public void spectrum(float[] dbOut) {
        spectrum.snapshot(dbOut);
    }
}
