package org.studiopaths.bench;

import org.studiopaths.audio.AudioData;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's project: N tracks, each one mono stem as long as the song (3 minutes at 120 BPM = 90 bars),
 * with its own fader, pan and three EQ bands (low shelf, mid peak, high shelf; no high-pass). Stems are
 * deterministic noise plus a tone, never silence (so no denormals flatter the filters). At most 16 distinct
 * stems are held: tracks past the 16th reuse them, so 64 tracks need 0.5 GB of stems rather than 2 GB.
 */
public final class BenchProject {

    public static final double TEMPO = 120;
    public static final int BARS = 90;
    public static final int FRAMES = 180 * AudioData.RENDER_RATE;
    public static final int DISTINCT_STEMS = 16;

    private BenchProject() {
    }

    public static String stemPath(int track) {
        return String.format("stems/t%02d.wav", track % DISTINCT_STEMS);
    }

    public static float[] stem(int index, int frames) {
        Random random = new Random(index + 1);
        float[] x = new float[frames];
        double hz = 55 * (1 + index);
        double lp = 0;
        for (int i = 0; i < frames; i++) {
            lp += 0.2 * (random.nextGaussian() - lp); // a gently low-passed noise, like a real stem's spectrum
            x[i] = (float) (0.15 * lp + 0.1 * Math.sin(2 * Math.PI * hz * i / AudioData.RENDER_RATE));
        }
        return x;
    }

    /** Track t's settings, shared with the sox comparison (compare-sox.sh reads them from tracks.tsv). */
    public static Track track(int t) {
        double low = t % 3 == 0 ? 3 : -2;
        double mid = t % 2 == 0 ? -3 : 2;
        double high = t % 4 == 0 ? 2.5 : -1.5;
        Eq eq = new Eq(0, new Eq.Band(100 + 10 * (t % 5), low, 1), new Eq.Band(800 + 100 * (t % 7), mid, 1.2),
                new Eq.Band(6000 + 500 * (t % 4), high, 1));
        double pan = ((t * 7) % 17 - 8) / 8.0;
        return Track.named("track " + (t + 1)).withGainDb(-6 - (t % 6)).withPan(pan).withEq(eq)
                .addClip(new Clip(stemPath(t), 1, BARS, 0, 0, false));
    }

    public static Project project(int tracks) {
        Project p = Project.empty("bench " + tracks + " tracks", TEMPO);
        for (int t = 0; t < tracks; t++) {
            p = p.addTrack(track(t));
        }
        return p;
    }

    /** The project compiled against in-memory stems. */
    public static RenderPlan plan(int tracks) throws RenderException {
        return plan(tracks, true);
    }

    /** The same with every track's EQ on, or flat (the filters then bypassed): the difference is the EQ's cost. */
    public static RenderPlan plan(int tracks, boolean eqOn) throws RenderException {
        Map<String, LoadedSample> stems = new HashMap<>();
        for (int t = 0; t < Math.min(tracks, DISTINCT_STEMS); t++) {
            stems.put(stemPath(t), new LoadedSample(new AudioData(new float[][] {stem(t, FRAMES)},
                    AudioData.RENDER_RATE), Double.NaN));
        }
        PlanCompiler compiler = new PlanCompiler(path -> stems.get(path), (mono, rate, target) -> {
            throw new IllegalStateException("the bench project needs no time-stretch");
        });
        Project p = project(tracks);
        if (!eqOn) {
            p = p.withTracks(p.tracks().stream().map(t -> t.withEq(Eq.FLAT)).toList());
        }
        return compiler.compile(p);
    }
}
