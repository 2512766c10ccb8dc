package org.studiopaths.dsp;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * The live spectrum for the UI: the audio thread feeds mono audio into a ring with
 * {@link #accept}; the UI asks for {@link #snapshot} of the latest FFT-size window, shown as any
 * number of log-spaced bins from 20 Hz to 20 kHz. Nothing is allocated after construction.
 *
 * <p>Levels are in dB of mean-square power as in {@link OctaveBands}: a full-scale sine reads about
 * -3 dB in the display bin that holds it (down to about -5 dB where display bins are narrower than
 * the FFT's, at low frequencies). Bins above the Nyquist frequency and silence read
 * {@link MeterScale#FLOOR_DB}.
 *
 * <p>One thread calls {@code accept} and another may call {@code snapshot}: there are no locks, so
 * the audio thread never waits. A snapshot taken while a block is being written may mix that block's
 * old and new samples, which only blurs one frame of the display.
 */
public final class SpectrumAnalyzer {

    public static final double LOW_HZ = 20;
    public static final double HIGH_HZ = 20_000;

    private final int sampleRate;
    private final int size;
    private final float[] ring;
    private volatile int writePos;

    private final FFT fft;
    private final float[] frame;
    private final double[] binPower;
    /** Σw² of the Hann window, to turn FFT power into mean-square power. */
    private final double windowEnergy;

    /** An analyzer with a 4096-point FFT (93 ms at 44.1 kHz). */
    public SpectrumAnalyzer(int sampleRate) {
        this(sampleRate, 4096);
    }

    /** @param fftSize a power of two, at least 64 */
    public SpectrumAnalyzer(int sampleRate, int fftSize) {
        if (fftSize < 64 || Integer.bitCount(fftSize) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two of at least 64, not " + fftSize);
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.size = fftSize;
        this.ring = new float[fftSize];
        this.fft = new FFT(fftSize, new HannWindow());
        this.frame = new float[fftSize];
        this.binPower = new double[fftSize / 2 + 1];
        double energy = 0;
        for (float w : new HannWindow().generateCurve(fftSize)) {
            energy += w * (double) w;
        }
        this.windowEnergy = energy;
    }

    /** Adds the first {@code n} samples of {@code mono} to the ring. Never allocates or blocks. */
    public void accept(float[] mono, int n) {
        int pos = writePos;
        int from = Math.max(0, n - size); // only the last FFT-size samples can matter
        for (int i = from; i < n; i++) {
            ring[pos] = mono[i];
            pos = pos + 1 == size ? 0 : pos + 1;
        }
        writePos = pos;
    }

    /** Fills {@code dbOut} with the spectrum of the latest window, one log-spaced bin per element. */
    public void snapshot(float[] dbOut) {
        int pos = writePos;
        int tail = size - pos;
        System.arraycopy(ring, pos, frame, 0, tail);
        System.arraycopy(ring, 0, frame, tail, pos);
        fft.forwardTransform(frame);
        double norm = 1.0 / (size * windowEnergy);
        binPower[0] = frame[0] * (double) frame[0] * norm;
        binPower[size / 2] = frame[1] * (double) frame[1] * norm;
        for (int k = 1; k < size / 2; k++) {
            double re = frame[2 * k];
            double im = frame[2 * k + 1];
            binPower[k] = 2 * (re * re + im * im) * norm;
        }

        int bins = dbOut.length;
        double binHz = sampleRate / (double) size;
        double nyquist = sampleRate / 2.0;
        for (int i = 0; i < bins; i++) {
            double lo = LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, i / (double) bins);
            double hi = LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, (i + 1) / (double) bins);
            if (lo >= nyquist) {
                dbOut[i] = (float) MeterScale.FLOOR_DB;
                continue;
            }
            int first = (int) Math.ceil(lo / binHz);
            int last = Math.min(size / 2, (int) Math.ceil(hi / binHz) - 1);
            double power = 0;
            if (first <= last) {
                for (int k = first; k <= last; k++) {
                    power += binPower[k];
                }
            } else {
                // Narrower than an FFT bin: read the FFT bin nearest the display bin's centre.
                power = binPower[Math.min(size / 2, (int) Math.round(Math.sqrt(lo * hi) / binHz))];
            }
            dbOut[i] = (float) MeterScale.powerDb(power);
        }
    }
}
