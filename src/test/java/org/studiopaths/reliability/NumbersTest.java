package org.studiopaths.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.audio.WavBytes;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** NaN and infinity never reach the output; the EQ at the edges of its ranges stays finite and bounded. */
class NumbersTest {

    @TempDir
    Path samples;

    private float[][] render(Eq eq) throws Exception {
        Project p = Project.empty("n", 120).addTrack(Track.named("T").withEq(eq).addClip(Clip.of("nan.wav", 1, 2)));
        PlanCompiler compiler = new PlanCompiler(new StoreSampleSource(new SampleStore(samples, samples.resolve("user")),
                SampleLibrary.empty()), (mono, rate, target) -> mono);
        return OfflineRenderer.render(compiler.compile(p));
    }

    private void writeNoiseWithNan() throws Exception {
        java.util.Random rnd = new java.util.Random(4);
        float[] x = new float[44100 * 2 * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rnd.nextGaussian() * 0.1);
        }
        for (int i = 5000; i < x.length; i += 9973) {
            x[i] = i % 3 == 0 ? Float.NaN : (i % 3 == 1 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
        }
        Files.createDirectories(samples);
        new WavBytes().fmt(WavBytes.FLOAT, 2, 44100, 32).data(WavBytes.float32(x)).write(samples, "nan.wav");
    }

    private static double peak(float[][] out) {
        double peak = 0;
        for (float[] ch : out) {
            for (float v : ch) {
                if (!Float.isFinite(v)) {
                    throw new AssertionError("non-finite output sample " + v);
                }
                peak = Math.max(peak, Math.abs(v));
            }
        }
        return peak;
    }

    @Test
    void nanAndInfinityInAFloatWavNeverReachTheRender() throws Exception {
        writeNoiseWithNan();
        double p = peak(render(Eq.FLAT));
        assertTrue(p > 0.1 && p < 1, "the noise is there, at its own level: peak " + p);
    }

    @Test
    void theEqAtTheEdgesOfItsRangesStaysFiniteAndBounded() throws Exception {
        writeNoiseWithNan();
        Eq[] edges = {
                Eq.FLAT.withHighPassHz(20),
                new Eq(20, new Eq.Band(20, 24, 1), new Eq.Band(20, 24, 10), new Eq.Band(20_000, 24, 1)),
                new Eq(20, new Eq.Band(20, -24, 1), new Eq.Band(20_000, -24, 0.1), new Eq.Band(20_000, -24, 1)),
                new Eq(0, new Eq.Band(20, 24, 1), new Eq.Band(1000, 24, 0.1), new Eq.Band(20, 24, 1)),
        };
        for (Eq eq : edges) {
            double p = peak(render(eq));
            // +24 dB on noise at 0.1 RMS can clip the float mix but must stay far from a blow-up (+60 dB).
            assertTrue(p < 100, eq + ": peak " + p);
        }
    }
}
