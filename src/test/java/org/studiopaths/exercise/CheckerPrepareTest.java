package org.studiopaths.exercise;

import org.junit.jupiter.api.Test;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.SampleSource;
import org.studiopaths.engine.WsolaStretcher;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link Checker#prepare}: what the app does when an exercise opens, so that the learner's first check only
 * renders their own project. Counted in sample loads, one per clip sample a compile asks for.
 */
class CheckerPrepareTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static Exercise exercise(String id) {
        return ExerciseCatalog.load(ROOT.resolve("exercises")).find(id).orElseThrow();
    }

    /** The shipped samples, counting every load a compile makes. */
    private static SampleSource counting(AtomicInteger loads) {
        SampleStore store = new SampleStore(ROOT.resolve("samples"), ROOT.resolve("target/no-user-library"));
        return path -> {
            loads.incrementAndGet();
            try {
                return new LoadedSample(store.load(path), Double.NaN);
            } catch (Exception e) {
                throw new RenderException(e.getMessage());
            }
        };
    }

    private static int samplesOf(Exercise e) {
        return (int) e.solution().tracks().stream().flatMap(t -> t.clips().stream()).map(c -> c.sample()).distinct()
                .count();
    }

    @Test
    void afterPrepareACheckRendersOnlyTheLearnersProjectAndJudgesTheSame() throws Exception {
        Exercise e = exercise("mix-clear-mud"); // judges tone and levels against the reference
        AtomicInteger loads = new AtomicInteger();
        CheckServices prepared = new CheckServices(counting(loads), new WsolaStretcher(), path -> null);
        Checker.prepare(e, prepared);
        int perRender = samplesOf(e);
        assertEquals(perRender, loads.get(), "prepare renders the reference once");
        RenderedMix reference = prepared.reference(e);
        assertEquals(perRender, loads.get(), "and keeps it");
        CheckReport afterPrepare = Checker.check(e, e.start(), prepared);
        assertEquals(2 * perRender, loads.get(), "the check rendered the learner's project only");
        assertSame(reference, prepared.reference(e));

        CheckServices cold = new CheckServices(counting(new AtomicInteger()), new WsolaStretcher(), path -> null);
        CheckReport withoutPrepare = Checker.check(e, e.start(), cold);
        assertEquals(withoutPrepare, afterPrepare);
    }

    @Test
    void anExerciseThatNeverComparesWithItsReferenceHasNothingToPrepare() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Checker.prepare(exercise("first-groove"), new CheckServices(counting(loads), new WsolaStretcher(), path -> null));
        assertEquals(0, loads.get(), "a production exercise's goals are judged on the learner's project alone");
    }
}
