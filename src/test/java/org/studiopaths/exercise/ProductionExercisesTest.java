package org.studiopaths.exercise;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped production exercises, against the shipped sample library. */
class ProductionExercisesTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"));
    private static SampleLibrary library;
    private static CheckServices services;

    @BeforeAll
    static void library() throws Exception {
        library = SampleLibrary.load(SAMPLES.resolve(SampleLibrary.FILE_NAME));
        services = new CheckServices(new StoreSampleSource(new SampleStore(SAMPLES, Path.of("no-user-library")), library),
                new WsolaStretcher(), new LibraryFacts(library));
    }

    static Stream<Exercise> production() {
        return CATALOG.of(Side.PRODUCTION).stream();
    }

    @Test
    void everyExerciseLoadsAndThereAreAtLeastSix() {
        assertEquals(List.of(), CATALOG.problems());
        assertTrue(CATALOG.of(Side.PRODUCTION).size() >= 6, CATALOG.exercises().toString());
    }

    @ParameterizedTest
    @MethodSource("production")
    void theSolutionPassesWithFullMarks(Exercise e) throws Exception {
        CheckReport r = Checker.check(e, e.solution(), services);
        assertTrue(r.passed(), r.toString());
        assertEquals(100, r.score(), r.toString());
    }

    @ParameterizedTest
    @MethodSource("production")
    void theStartFailsAGoal(Exercise e) throws Exception {
        CheckReport r = Checker.check(e, e.start(), services);
        assertFalse(r.passed(), r.toString());
        assertTrue(r.score() < 100);
    }

    @ParameterizedTest
    @MethodSource("production")
    void withoutClipsEveryFailedGoalSaysWhatToDo(Exercise e) throws Exception {
        Project empty = e.solution().withTracks(e.solution().tracks().stream().map(t -> t.withClips(List.of())).toList());
        CheckReport r = Checker.check(e, empty, services);
        assertFalse(r.passed());
        for (CriterionResult c : r.criteria()) {
            if (!c.passed()) {
                assertTrue(c.message().contains(": ") && c.message().endsWith("."),
                        e.id() + "/" + c.id() + " says what is off, then what to try: " + c.message());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("production")
    void everyLoopIsInTheLibrary(Exercise e) {
        for (Project p : List.of(e.start(), e.solution())) {
            for (Track t : p.tracks()) {
                for (Clip c : t.clips()) {
                    assertTrue(library.find(c.sample()).isPresent(), e.id() + ": " + c.sample());
                }
            }
        }
    }
}
