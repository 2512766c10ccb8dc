package org.studiopaths.dsp;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Gating blocks of a loudness measurement, kept as a histogram so memory does not grow with the
 * length of the signal. Each bin is 0.01 LU wide from the absolute gate (-70 LUFS) to +10 LUFS and
 * holds how many blocks fell into it and the sum of their mean powers, so the gated mean power is
 * exact except for blocks lying within 0.01 LU of the relative gate.
 */
final class LoudnessHistogram {

    static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double TOP_LUFS = 10.0;
    private static final double BIN_LU = 0.01;
    private static final int BINS = (int) Math.round((TOP_LUFS - ABSOLUTE_GATE_LUFS) / BIN_LU);

    private final long[] counts = new long[BINS];
    private final double[] powers = new double[BINS];
    private long total;
    private double totalPower;

    /** BS.1770 loudness of a block's channel-summed mean power. */
    static double lufs(double power) {
        return power > 0 ? -0.691 + 10 * Math.log10(power) : Double.NEGATIVE_INFINITY;
    }

    /** Adds a block; blocks at or below the absolute gate are dropped, as BS.1770 gates them. */
    void add(double power) {
        double lufs = lufs(power);
        if (!(lufs > ABSOLUTE_GATE_LUFS)) {
            return;
        }
        int bin = Math.min(BINS - 1, (int) ((lufs - ABSOLUTE_GATE_LUFS) / BIN_LU));
        counts[bin]++;
        powers[bin] += power;
        total++;
        totalPower += power;
    }

    void clear() {
        Arrays.fill(counts, 0);
        Arrays.fill(powers, 0);
        total = 0;
        totalPower = 0;
    }

    /** The first bin whose blocks lie above the gate set {@code relativeLu} below the mean of all blocks. */
    private int firstBinAboveRelativeGate(double relativeLu) {
        double gate = lufs(totalPower / total) + relativeLu;
        int bin = (int) Math.floor((gate - ABSOLUTE_GATE_LUFS) / BIN_LU);
        // A bin whose centre is above the gate counts as above it.
        if (ABSOLUTE_GATE_LUFS + (bin + 0.5) * BIN_LU <= gate) {
            bin++;
        }
        return Math.max(0, bin);
    }

    /** Loudness of the blocks above both gates; empty when no block passes the absolute gate. */
    OptionalDouble gatedLoudness(double relativeLu) {
        if (total == 0) {
            return OptionalDouble.empty();
        }
        long n = 0;
        double power = 0;
        for (int bin = firstBinAboveRelativeGate(relativeLu); bin < BINS; bin++) {
            n += counts[bin];
            power += powers[bin];
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(lufs(power / n));
    }

    /**
     * EBU Tech 3342 loudness range: the spread between the 10th and 95th percentiles of the blocks
     * above both gates; 0 when no block passes.
     */
    double range(double relativeLu) {
        if (total == 0) {
            return 0;
        }
        int first = firstBinAboveRelativeGate(relativeLu);
        long n = 0;
        for (int bin = first; bin < BINS; bin++) {
            n += counts[bin];
        }
        if (n == 0) {
            return 0;
        }
        long lowRank = (long) ((n - 1) * 0.10 + 0.5);
        long highRank = (long) ((n - 1) * 0.95 + 0.5);
        return binCentreAtRank(first, highRank) - binCentreAtRank(first, lowRank);
    }

    private double binCentreAtRank(int first, long rank) {
        long seen = 0;
        for (int bin = first; bin < BINS; bin++) {
            seen += counts[bin];
            if (seen > rank) {
                return ABSOLUTE_GATE_LUFS + (bin + 0.5) * BIN_LU;
            }
        }
        return TOP_LUFS;
    }
}
