package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KWeightingTest {

    /** The 48 kHz coefficients printed in ITU-R BS.1770-4, run as a plain direct-form cascade. */
    private static double[] referenceImpulseResponse(int n) {
        double[] sb = {1.53512485958697, -2.69169618940638, 1.19839281085285};
        double[] sa = {-1.69065929318241, 0.73248077421585};
        double[] hb = {1.0, -2.0, 1.0};
        double[] ha = {-1.99004745483398, 0.99007225036621};
        double[] shelf = new double[n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i == 0 ? 1 : 0;
            double x1 = i == 1 ? 1 : 0;
            double x2 = i == 2 ? 1 : 0;
            shelf[i] = sb[0] * x + sb[1] * x1 + sb[2] * x2
                    - sa[0] * (i > 0 ? shelf[i - 1] : 0) - sa[1] * (i > 1 ? shelf[i - 2] : 0);
            out[i] = hb[0] * shelf[i] + hb[1] * (i > 0 ? shelf[i - 1] : 0) + hb[2] * (i > 1 ? shelf[i - 2] : 0)
                    - ha[0] * (i > 0 ? out[i - 1] : 0) - ha[1] * (i > 1 ? out[i - 2] : 0);
        }
        return out;
    }

    @Test
    void at48kHzTheDerivedFilterMatchesTheStandardsTable() {
        double[] reference = referenceImpulseResponse(2000);
        KWeighting k = new KWeighting(48_000);
        float[] impulse = new float[2000];
        impulse[0] = 1;
        // Sample by sample, so each step's square can be compared with the table's response.
        for (int i = 0; i < impulse.length; i++) {
            double square = k.sumOfSquares(impulse, i, 1);
            assertEquals(reference[i] * reference[i], square, 1e-6, "sample " + i);
        }
    }
}
