package org.studiopaths.exercise.mix;

import org.studiopaths.audio.AudioData;
import org.studiopaths.engine.BlockRenderer;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.SampleSource;
import org.studiopaths.exercise.CheckContext;
import org.studiopaths.exercise.RenderedMix;
import org.studiopaths.exercise.SampleFacts;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Generated stems and a render with stems through the engine's block renderer, for judging mixes without the
 * real songs: a four-track "song" of two bars at 120 bpm (4 s) whose samples are noise and tones.
 */
final class MixFixtures {

    static final int RATE = AudioData.RENDER_RATE;
    /** Two seconds: one bar at 120 bpm in 4/4; clips loop it. */
    static final int SAMPLE_FRAMES = 2 * RATE;

    private MixFixtures() {
    }

    /** Generated samples by path. */
    static final class Samples implements SampleSource {
        private final Map<String, LoadedSample> map = new HashMap<>();

        Samples put(String path, float[] mono) {
            map.put(path, new LoadedSample(new AudioData(new float[][] {mono}, RATE), Double.NaN));
            return this;
        }

        @Override
        public LoadedSample load(String path) throws RenderException {
            LoadedSample s = map.get(path);
            if (s == null) {
                throw new RenderException(path + ": no such sample");
            }
            return s;
        }
    }

    static float[] noise(long seed, double rms) {
        Random r = new Random(seed);
        float[] x = new float[SAMPLE_FRAMES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * rms);
        }
        return x;
    }

    static float[] tones(double amplitude, double... hz) {
        float[] x = new float[SAMPLE_FRAMES];
        for (double f : hz) {
            for (int i = 0; i < x.length; i++) {
                x[i] += (float) (amplitude * Math.sin(2 * Math.PI * f * i / RATE));
            }
        }
        return x;
    }

    /** Drums (white noise), Bass (55/110/220 Hz tones), Keys and Guitar (noise). */
    static Samples band() {
        return new Samples()
                .put("t/drums.wav", noise(1, 0.1))
                .put("t/bass.wav", tones(0.15, 55, 110, 220))
                .put("t/keys.wav", noise(2, 0.05))
                .put("t/guitar.wav", noise(3, 0.05));
    }

    static Track track(String name, String sample, double gainDb, double pan) {
        return new Track(name, gainDb, pan, false, false, Eq.FLAT, List.of(Clip.of(sample, 1, 2)));
    }

    /** The reference mix of {@link #band()}. */
    static Project reference() {
        return new Project("test", 120, 4, List.of(
                track("Drums", "t/drums.wav", 0, 0),
                track("Bass", "t/bass.wav", -2, 0),
                track("Keys", "t/keys.wav", -4, -0.4),
                track("Guitar", "t/guitar.wav", -3, 0.5)), Master.UNITY, List.of());
    }

    static int index(Project p, String track) {
        for (int i = 0; i < p.tracks().size(); i++) {
            if (p.tracks().get(i).name().equals(track)) {
                return i;
            }
        }
        throw new IllegalArgumentException(track);
    }

    /** The project with one track's fader moved by {@code db}. */
    static Project louder(Project p, String track, double db) {
        return p.updateTrack(index(p, track), t -> t.withGainDb(t.gainDb() + db));
    }

    /** The project with a peaking bump on one track's mid band. */
    static Project bump(Project p, String track, double hz, double db, double q) {
        return p.updateTrack(index(p, track), t -> t.withEq(t.eq().withMid(new Eq.Band(hz, db, q))));
    }

    /** Renders through the engine's block renderer, collecting each track's stem (after fader and pan). */
    static RenderedMix render(Project p, SampleSource samples) {
        try {
            RenderPlan plan = new PlanCompiler(samples, (mono, rate, target) -> {
                throw new AssertionError("no stretch expected");
            }).compile(p);
            int frames = (int) plan.totalFrames();
            int n = p.tracks().size();
            float[][][] stems = new float[n][2][frames];
            float[][] master = new float[2][frames];
            BlockRenderer renderer = new BlockRenderer(4096);
            int[] at = new int[1];
            renderer.setTrackTap((t, l, r, count) -> {
                System.arraycopy(l, 0, stems[t][0], at[0], count);
                System.arraycopy(r, 0, stems[t][1], at[0], count);
            });
            renderer.jumpTo(plan);
            float[] bl = new float[4096];
            float[] br = new float[4096];
            for (at[0] = 0; at[0] < frames; at[0] += 4096) {
                int count = Math.min(4096, frames - at[0]);
                renderer.render(plan, at[0], bl, br, count);
                System.arraycopy(bl, 0, master[0], at[0], count);
                System.arraycopy(br, 0, master[1], at[0], count);
            }
            List<String> names = new ArrayList<>();
            p.tracks().forEach(t -> names.add(t.name()));
            return new RenderedMix(master, stems, names, RATE);
        } catch (RenderException e) {
            throw new AssertionError(e);
        }
    }

    /** A check of {@code learner} against {@code reference}, both rendered from {@code samples}. */
    static CheckContext context(Project learner, Project reference, SampleSource samples) {
        RenderedMix mine = render(learner, samples);
        RenderedMix ref = render(reference, samples);
        return new CheckContext() {
            public Project project() { return learner; }
            public Project reference() { return reference; }
            public SampleFacts samples() { return path -> Optional.empty(); }
            public RenderedMix learnerMix() { return mine; }
            public RenderedMix referenceMix() { return ref; }
        };
    }
}
