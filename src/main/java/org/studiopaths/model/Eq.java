package org.studiopaths.model;

/**
 * A channel strip's filters: a 12 dB/octave high-pass, then low shelf, mid peak and high shelf
 * (RBJ cookbook biquads, shelf slope 1).
 *
 * @param highPassHz 0 for off, else 20 to 2000
 */
public record Eq(double highPassHz, Band low, Band mid, Band high) {

    public static final Band LOW_FLAT = new Band(120, 0, 1);
    public static final Band MID_FLAT = new Band(1000, 0, 1);
    public static final Band HIGH_FLAT = new Band(8000, 0, 1);
    public static final Eq FLAT = new Eq(0, LOW_FLAT, MID_FLAT, HIGH_FLAT);

    public Eq {
        low = low == null ? LOW_FLAT : low;
        mid = mid == null ? MID_FLAT : mid;
        high = high == null ? HIGH_FLAT : high;
    }

    /** One band. {@code q} is used by the mid band only (shelves have slope 1). */
    public record Band(double freqHz, double gainDb, double q) {
        public Band withFreqHz(double f) { return new Band(f, gainDb, q); }
        public Band withGainDb(double g) { return new Band(freqHz, g, q); }
        public Band withQ(double newQ) { return new Band(freqHz, gainDb, newQ); }
    }

    public Eq withHighPassHz(double hz) { return new Eq(hz, low, mid, high); }
    public Eq withLow(Band b) { return new Eq(highPassHz, b, mid, high); }
    public Eq withMid(Band b) { return new Eq(highPassHz, low, b, high); }
    public Eq withHigh(Band b) { return new Eq(highPassHz, low, mid, b); }

    public boolean isFlat() {
        return highPassHz == 0 && low.gainDb() == 0 && mid.gainDb() == 0 && high.gainDb() == 0;
    }
}
