package org.studiopaths.dsp;

/**
 * The K-weighting of ITU-R BS.1770-4 for one channel: a high-shelf (+4 dB above about 1.7 kHz, the
 * head) followed by a high-pass (about 38 Hz, RLB). The standard gives coefficients only for 48 kHz;
 * here they come from the analog prototypes (centre frequency, Q, gain) through the bilinear
 * transform, as libebur128 does, so any sample rate works and 48 kHz reproduces the standard's table.
 */
final class KWeighting {

    private static final double SHELF_HZ = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double HIGHPASS_HZ = 38.13547087602444;
    private static final double HIGHPASS_Q = 0.5003270373238773;

    private final double sb0, sb1, sb2, sa1, sa2;
    private final double hb0, hb1, hb2, ha1, ha2;
    private double s1, s2, h1, h2;

    KWeighting(int sampleRate) {
        double k = Math.tan(Math.PI * SHELF_HZ / sampleRate);
        double vh = Math.pow(10, SHELF_GAIN_DB / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / SHELF_Q + k * k;
        sb0 = (vh + vb * k / SHELF_Q + k * k) / a0;
        sb1 = 2 * (k * k - vh) / a0;
        sb2 = (vh - vb * k / SHELF_Q + k * k) / a0;
        sa1 = 2 * (k * k - 1) / a0;
        sa2 = (1 - k / SHELF_Q + k * k) / a0;

        k = Math.tan(Math.PI * HIGHPASS_HZ / sampleRate);
        a0 = 1 + k / HIGHPASS_Q + k * k;
        hb0 = 1;
        hb1 = -2;
        hb2 = 1;
        ha1 = 2 * (k * k - 1) / a0;
        ha2 = (1 - k / HIGHPASS_Q + k * k) / a0;
    }

    /** Filters {@code n} samples from {@code offset} and returns the sum of their squares. */
    double sumOfSquares(float[] x, int offset, int n) {
        double sum = 0;
        double s1 = this.s1, s2 = this.s2, h1 = this.h1, h2 = this.h2;
        for (int i = offset, end = offset + n; i < end; i++) {
            double in = x[i];
            // Transposed direct form II, both sections in a row.
            double shelf = sb0 * in + s1;
            s1 = sb1 * in - sa1 * shelf + s2;
            s2 = sb2 * in - sa2 * shelf;
            double out = hb0 * shelf + h1;
            h1 = hb1 * shelf - ha1 * out + h2;
            h2 = hb2 * shelf - ha2 * out;
            sum += out * out;
        }
        this.s1 = s1;
        this.s2 = s2;
        this.h1 = h1;
        this.h2 = h2;
        return sum;
    }

    void reset() {
        s1 = s2 = h1 = h2 = 0;
    }
}
