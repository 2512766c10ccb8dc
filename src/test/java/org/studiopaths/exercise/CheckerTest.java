package org.studiopaths.exercise;

import org.junit.jupiter.api.Test;
import org.studiopaths.audio.AudioData;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.SampleSource;
import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studiopaths.exercise.TestCriteria.clip;
import static org.studiopaths.exercise.TestCriteria.criterion;
import static org.studiopaths.exercise.TestCriteria.song;
import static org.studiopaths.exercise.TestCriteria.track;

class CheckerTest {

    /** Every sample is one bar (2.4 s at 100 BPM) of a constant 0.5 on one channel. */
    private static final SampleSource DC = path -> {
        if (path.contains("missing")) {
            throw new RenderException(path + ": no such sample");
        }
        float[] x = new float[105_840];
        java.util.Arrays.fill(x, 0.5f);
        return new LoadedSample(new AudioData(new float[][] {x}, AudioData.RENDER_RATE), Double.NaN);
    };

    private static CheckServices services() {
        return new CheckServices(DC, (mono, rate, target) -> {
            throw new AssertionError("no stretching expected");
        }, TestCriteria.FACTS);
    }

    /** A goal that records the mixes it was given. */
    private static final class Listening implements Criterion {
        final List<RenderedMix> learner = new ArrayList<>();
        final List<RenderedMix> reference = new ArrayList<>();

        public String id() { return "listen"; }
        public String goal() { return "listens"; }
        public boolean needsAudio() { return true; }

        public CriterionResult evaluate(CheckContext c) {
            learner.add(c.learnerMix());
            reference.add(c.referenceMix());
            return CriterionResult.pass("listen", "heard");
        }
    }

    private static Exercise exercise(Project solution, Criterion... criteria) {
        return new Exercise("ex", Side.PRODUCTION, "Ex", 1, 1, "s", "b", List.of(criteria), OptionalInt.empty(),
                Project.empty("start", 100), solution);
    }

    @Test
    void stemsAreEachTrackAfterFaderAndPan() throws Exception {
        Project p = song(track("Drums", clip("loops/drums/beat.wav", 1, 2)),
                track("Bass", clip("loops/bass/bass-am.wav", 2, 1)).withGainDb(-6.0206).withPan(1));
        Listening ear = new Listening();
        CheckReport r = Checker.check(exercise(p, ear), p, services());
        assertTrue(r.passed());
        RenderedMix mix = ear.learner.get(0);
        assertEquals(List.of("Drums", "Bass"), mix.trackNames());
        assertEquals(2 * 105_840, mix.master()[0].length);
        // centre pan: 0.5 × 0.7071 on each side; bass hard right at -6 dB: 0.25 right, nothing left
        assertEquals(0.5 * Math.sqrt(0.5), mix.stems()[0][0][1000], 1e-4);
        assertEquals(0.0, mix.stems()[1][0][150_000], 1e-6);
        assertEquals(0.0, mix.stems()[1][1][1000], 1e-6, "bass starts at bar 2");
        assertEquals(0.25, mix.stems()[1][1][150_000], 1e-4);
        assertEquals(mix.stems()[0][1][150_000] + mix.stems()[1][1][150_000], mix.master()[1][150_000], 1e-6);
    }

    @Test
    void theReferenceIsRenderedOncePerExercise() throws Exception {
        Project solution = song(track("Drums", clip("loops/drums/beat.wav", 1, 1)));
        Listening ear = new Listening();
        Exercise e = exercise(solution, ear);
        CheckServices s = services();
        Checker.check(e, song(), s);
        Checker.check(e, solution, s);
        assertSame(ear.reference.get(0), ear.reference.get(1));
        assertEquals(0, ear.learner.get(0).master()[0].length, "an empty project renders to nothing");
    }

    @Test
    void scoreIsTheMeanCreditAndAllMustPassByDefault() throws Exception {
        Project p = song(track("Drums", clip("loops/drums/beat.wav", 1, 12)));
        Exercise e = exercise(p,
                criterion("{\"id\":\"len\",\"type\":\"song-length\",\"minBars\":16}"),
                criterion("{\"id\":\"tempo\",\"type\":\"project-tempo\",\"bpm\":100}"));
        CheckReport r = Checker.check(e, p, services());
        assertFalse(r.passed());
        assertEquals(88, r.score(), "(12/16 + 1) / 2 = 0.875");
        assertEquals(List.of("len", "tempo"), r.criteria().stream().map(CriterionResult::id).toList());
    }

    @Test
    void aMissingSampleFailsTheCheckWithOneLine() {
        Project p = song(track("Drums", clip("loops/missing.wav", 1, 1)));
        RenderException e = assertThrows(RenderException.class, () -> Checker.check(exercise(p, new Listening()),
                p, services()));
        assertEquals("loops/missing.wav: no such sample", e.getMessage());
    }

    @Test
    void goalTrackerTicksOnlyModelGoals() {
        Project p = song(track("Drums", clip("loops/drums/beat.wav", 1, 4)));
        Exercise e = exercise(p, new Listening(), criterion("{\"id\":\"tempo\",\"type\":\"project-tempo\",\"bpm\":120}"));
        GoalTracker tracker = new GoalTracker(e, TestCriteria.FACTS);
        assertEquals(List.of("tempo"), tracker.liveGoals().stream().map(Criterion::id).toList());
        List<CriterionResult> r = tracker.evaluate(p);
        assertEquals(1, r.size());
        assertFalse(r.get(0).passed());
        assertTrue(tracker.evaluate(p.withTempo(120)).get(0).passed());
    }
}
