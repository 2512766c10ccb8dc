package org.studiopaths.dsp;

/**
 * One second-order IIR section with the coefficients of Robert Bristow-Johnson's "Audio EQ Cookbook",
 * run in transposed direct form II by {@link TrackEq}. State is kept between blocks; coefficients are recomputed
 * only when a parameter changes ({@link #set}). A non-finite output resets the state so NaN never reaches the mix.
 *
 * <p>With w0 = 2π f0 / fs, α = sin(w0) / (2Q), A = 10^(gainDb/40):
 * <ul>
 *   <li>high-pass: b = ((1+cos w0)/2, -(1+cos w0), (1+cos w0)/2), a = (1+α, -2 cos w0, 1-α)</li>
 *   <li>peaking: b = (1+αA, -2 cos w0, 1-αA), a = (1+α/A, -2 cos w0, 1-α/A)</li>
 *   <li>low shelf (S = 1, so α = sin(w0)/2 · √2): b0 = A((A+1)-(A-1)cos w0+2√A α), b1 = 2A((A-1)-(A+1)cos w0),
 *       b2 = A((A+1)-(A-1)cos w0-2√A α), a0 = (A+1)+(A-1)cos w0+2√A α, a1 = -2((A-1)+(A+1)cos w0),
 *       a2 = (A+1)+(A-1)cos w0-2√A α</li>
 *   <li>high shelf: the low shelf with the signs of the (A-1)cos w0 terms and of a1/b1 mirrored</li>
 * </ul>
 */
public final class Biquad {

    /** The cookbook filter shapes used by a channel strip. */
    public enum Shape { HIGH_PASS, LOW_SHELF, PEAKING, HIGH_SHELF }

    private Shape shape;
    private double freq = Double.NaN;
    private double gainDb = Double.NaN;
    private double q = Double.NaN;
    private double sampleRate = Double.NaN;
    private boolean bypass = true;

    private double b0 = 1, b1, b2, a1, a2;
    private double z1, z2;

    /**
     * Sets the filter; recomputes coefficients only when something changed. A peaking or shelf filter at
     * 0 dB is bypassed exactly (it would be an identity anyway).
     */
    public void set(Shape newShape, double newFreq, double newGainDb, double newQ, double fs) {
        if (newShape == shape && newFreq == freq && newGainDb == gainDb && newQ == q && fs == sampleRate) {
            return;
        }
        shape = newShape;
        freq = newFreq;
        gainDb = newGainDb;
        q = newQ;
        sampleRate = fs;
        bypass = shape != Shape.HIGH_PASS && newGainDb == 0;
        if (bypass) {
            return;
        }
        double f = Math.min(Math.max(newFreq, 1), fs * 0.49);
        double w0 = 2 * Math.PI * f / fs;
        double cos = Math.cos(w0);
        double sin = Math.sin(w0);
        double a = Math.pow(10, newGainDb / 40);
        double n0, n1, n2, d0, d1, d2;
        switch (shape) {
            case HIGH_PASS -> {
                double alpha = sin / (2 * newQ);
                n0 = (1 + cos) / 2;
                n1 = -(1 + cos);
                n2 = (1 + cos) / 2;
                d0 = 1 + alpha;
                d1 = -2 * cos;
                d2 = 1 - alpha;
            }
            case PEAKING -> {
                double alpha = sin / (2 * newQ);
                n0 = 1 + alpha * a;
                n1 = -2 * cos;
                n2 = 1 - alpha * a;
                d0 = 1 + alpha / a;
                d1 = -2 * cos;
                d2 = 1 - alpha / a;
            }
            case LOW_SHELF -> {
                double twoSqrtAAlpha = 2 * Math.sqrt(a) * (sin / 2 * Math.sqrt(2));
                n0 = a * ((a + 1) - (a - 1) * cos + twoSqrtAAlpha);
                n1 = 2 * a * ((a - 1) - (a + 1) * cos);
                n2 = a * ((a + 1) - (a - 1) * cos - twoSqrtAAlpha);
                d0 = (a + 1) + (a - 1) * cos + twoSqrtAAlpha;
                d1 = -2 * ((a - 1) + (a + 1) * cos);
                d2 = (a + 1) + (a - 1) * cos - twoSqrtAAlpha;
            }
            case HIGH_SHELF -> {
                double twoSqrtAAlpha = 2 * Math.sqrt(a) * (sin / 2 * Math.sqrt(2));
                n0 = a * ((a + 1) + (a - 1) * cos + twoSqrtAAlpha);
                n1 = -2 * a * ((a - 1) + (a + 1) * cos);
                n2 = a * ((a + 1) + (a - 1) * cos - twoSqrtAAlpha);
                d0 = (a + 1) - (a - 1) * cos + twoSqrtAAlpha;
                d1 = 2 * ((a - 1) - (a + 1) * cos);
                d2 = (a + 1) - (a - 1) * cos - twoSqrtAAlpha;
            }
            default -> throw new IllegalStateException(String.valueOf(shape));
        }
        b0 = n0 / d0;
        b1 = n1 / d0;
        b2 = n2 / d0;
        a1 = d1 / d0;
        a2 = d2 / d0;
    }

    /** Turns the filter off (an exact identity) and forgets its settings. */
    public void off() {
        bypass = true;
        shape = null;
        freq = gainDb = q = sampleRate = Double.NaN;
    }

    public boolean isBypassed() {
        return bypass;
    }

    /**
     * Runs the (not bypassed) sections {@code s[0..count)} one after another over {@code buf[off, off + n)} in
     * a single pass, in double precision from the first section's input to the last one's output. Each
     * section is a transposed direct form II, with its state update ordered {@code s1 = (b1·x + s2) − a1·y} so
     * that only one multiply and one subtract wait on the section's own output (the recursion is what bounds a
     * biquad's speed; the sections of one sample overlap each other). A NaN or infinity that gets in leaves
     * every later sample of the block non-finite: those samples become 0 and the sections start clean, so it
     * never reaches the mix or the next block. Each section count has its own copy of the loop so that every
     * coefficient and state is a local the JIT keeps in a register; a loop over arrays of sections would load
     * and store them for every sample.
     */
    static void cascade(Biquad[] s, int count, float[] buf, int off, int n) {
        boolean finite = switch (count) {
            case 0 -> true;
            case 1 -> cascade1(s[0], buf, off, n);
            case 2 -> cascade2(s[0], s[1], buf, off, n);
            case 3 -> cascade3(s[0], s[1], s[2], buf, off, n);
            case 4 -> cascade4(s[0], s[1], s[2], s[3], buf, off, n);
            default -> throw new IllegalArgumentException("cascade of " + count);
        };
        if (!finite) {
            for (int k = 0; k < count; k++) {
                s[k].reset();
            }
            for (int i = off; i < off + n; i++) {
                if (!Float.isFinite(buf[i])) {
                    buf[i] = 0;
                }
            }
        }
    }

    private static boolean cascade1(Biquad p, float[] buf, int off, int n) {
        double pb0 = p.b0, pb1 = p.b1, pb2 = p.b2, pa1 = p.a1, pa2 = p.a2, p1 = p.z1, p2 = p.z2;
        for (int i = off; i < off + n; i++) {
            double x = buf[i];
            double y = pb0 * x + p1;
            p1 = (pb1 * x + p2) - pa1 * y;
            p2 = pb2 * x - pa2 * y;
            buf[i] = (float) y;
        }
        return p.keep(p1, p2);
    }

    private static boolean cascade2(Biquad p, Biquad q, float[] buf, int off, int n) {
        double pb0 = p.b0, pb1 = p.b1, pb2 = p.b2, pa1 = p.a1, pa2 = p.a2, p1 = p.z1, p2 = p.z2;
        double qb0 = q.b0, qb1 = q.b1, qb2 = q.b2, qa1 = q.a1, qa2 = q.a2, q1 = q.z1, q2 = q.z2;
        for (int i = off; i < off + n; i++) {
            double x = buf[i];
            double y = pb0 * x + p1;
            p1 = (pb1 * x + p2) - pa1 * y;
            p2 = pb2 * x - pa2 * y;
            x = y;
            y = qb0 * x + q1;
            q1 = (qb1 * x + q2) - qa1 * y;
            q2 = qb2 * x - qa2 * y;
            buf[i] = (float) y;
        }
        return p.keep(p1, p2) & q.keep(q1, q2);
    }

    private static boolean cascade3(Biquad p, Biquad q, Biquad r, float[] buf, int off, int n) {
        double pb0 = p.b0, pb1 = p.b1, pb2 = p.b2, pa1 = p.a1, pa2 = p.a2, p1 = p.z1, p2 = p.z2;
        double qb0 = q.b0, qb1 = q.b1, qb2 = q.b2, qa1 = q.a1, qa2 = q.a2, q1 = q.z1, q2 = q.z2;
        double rb0 = r.b0, rb1 = r.b1, rb2 = r.b2, ra1 = r.a1, ra2 = r.a2, r1 = r.z1, r2 = r.z2;
        for (int i = off; i < off + n; i++) {
            double x = buf[i];
            double y = pb0 * x + p1;
            p1 = (pb1 * x + p2) - pa1 * y;
            p2 = pb2 * x - pa2 * y;
            x = y;
            y = qb0 * x + q1;
            q1 = (qb1 * x + q2) - qa1 * y;
            q2 = qb2 * x - qa2 * y;
            x = y;
            y = rb0 * x + r1;
            r1 = (rb1 * x + r2) - ra1 * y;
            r2 = rb2 * x - ra2 * y;
            buf[i] = (float) y;
        }
        return p.keep(p1, p2) & q.keep(q1, q2) & r.keep(r1, r2);
    }

    private static boolean cascade4(Biquad p, Biquad q, Biquad r, Biquad t, float[] buf, int off, int n) {
        double pb0 = p.b0, pb1 = p.b1, pb2 = p.b2, pa1 = p.a1, pa2 = p.a2, p1 = p.z1, p2 = p.z2;
        double qb0 = q.b0, qb1 = q.b1, qb2 = q.b2, qa1 = q.a1, qa2 = q.a2, q1 = q.z1, q2 = q.z2;
        double rb0 = r.b0, rb1 = r.b1, rb2 = r.b2, ra1 = r.a1, ra2 = r.a2, r1 = r.z1, r2 = r.z2;
        double tb0 = t.b0, tb1 = t.b1, tb2 = t.b2, ta1 = t.a1, ta2 = t.a2, t1 = t.z1, t2 = t.z2;
        for (int i = off; i < off + n; i++) {
            double x = buf[i];
            double y = pb0 * x + p1;
            p1 = (pb1 * x + p2) - pa1 * y;
            p2 = pb2 * x - pa2 * y;
            x = y;
            y = qb0 * x + q1;
            q1 = (qb1 * x + q2) - qa1 * y;
            q2 = qb2 * x - qa2 * y;
            x = y;
            y = rb0 * x + r1;
            r1 = (rb1 * x + r2) - ra1 * y;
            r2 = rb2 * x - ra2 * y;
            x = y;
            y = tb0 * x + t1;
            t1 = (tb1 * x + t2) - ta1 * y;
            t2 = tb2 * x - ta2 * y;
            buf[i] = (float) y;
        }
        return p.keep(p1, p2) & q.keep(q1, q2) & r.keep(r1, r2) & t.keep(t1, t2);
    }

    /** Stores a state reached by {@link #cascade}; false when it is not finite. */
    private boolean keep(double s1, double s2) {
        z1 = s1;
        z2 = s2;
        return Double.isFinite(s1) && Double.isFinite(s2);
    }

    /** Clears the filter's memory. */
    public void reset() {
        z1 = 0;
        z2 = 0;
    }

    /** The filter's gain in dB at a frequency (for drawing the EQ curve and for tests). */
    public double responseDb(double hz) {
        if (bypass) {
            return 0;
        }
        double w = 2 * Math.PI * hz / sampleRate;
        double cos1 = Math.cos(w), sin1 = Math.sin(w);
        double cos2 = Math.cos(2 * w), sin2 = Math.sin(2 * w);
        double nr = b0 + b1 * cos1 + b2 * cos2;
        double ni = -(b1 * sin1 + b2 * sin2);
        double dr = 1 + a1 * cos1 + a2 * cos2;
        double di = -(a1 * sin1 + a2 * sin2);
        double mag2 = (nr * nr + ni * ni) / (dr * dr + di * di);
        return 10 * Math.log10(mag2);
    }
}
