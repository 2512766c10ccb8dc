package org.studiopaths.dsp;

/**
 * The project format's pan law. A mono source is spread with constant power: left = cos θ, right = sin θ,
 * θ = (pan + 1) π / 4 (each side -3.01 dB at centre). A stereo source is balanced: at pan ≥ 0 the left
 * channel is scaled by cos(pan π / 2); at pan &lt; 0 the right channel by cos(-pan π / 2).
 */
public final class PanLaw {

    private PanLaw() {
    }

    public static double monoLeft(double pan) {
        return Math.cos((clamp(pan) + 1) * Math.PI / 4);
    }

    public static double monoRight(double pan) {
        return Math.sin((clamp(pan) + 1) * Math.PI / 4);
    }

    public static double stereoLeft(double pan) {
        double p = clamp(pan);
        return p > 0 ? Math.cos(p * Math.PI / 2) : 1;
    }

    public static double stereoRight(double pan) {
        double p = clamp(pan);
        return p < 0 ? Math.cos(-p * Math.PI / 2) : 1;
    }

    private static double clamp(double pan) {
        return Double.isFinite(pan) ? Math.max(-1, Math.min(1, pan)) : 0;
    }
}
