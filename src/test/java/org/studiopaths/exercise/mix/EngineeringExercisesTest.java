package org.studiopaths.exercise.mix;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studiopaths.audio.SampleException;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.SampleSource;
import org.studiopaths.exercise.CheckReport;
import org.studiopaths.exercise.CheckServices;
import org.studiopaths.exercise.Checker;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.Side;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every engineering exercise in {@code exercises/}, checked on the real song stems: the solution passes, the start
 * fails a goal, a solution with one track 6 dB up (where levels are the point) or a +9 dB bump at 250 Hz on one
 * track (where EQ is) fails and names that track. To stay fast, the projects are cut to their first bars.
 * Skipped (saying why) where the songs' stems are not in the samples folder.
 */
class EngineeringExercisesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** The samples root: the installation's, or the system property {@code studiopaths.samples} when set. */
    private static final Path SAMPLES = Path.of(System.getProperty("studiopaths.samples",
            ROOT.resolve("samples").toString()));
    private static final double TEST_BARS = 2;

    private static List<Exercise> engineering() {
        ExerciseCatalog catalog = ExerciseCatalog.load(ROOT.resolve("exercises"));
        for (String problem : catalog.problems()) {
            assertFalse(problem.contains("/mix-"), problem);
        }
        return catalog.of(Side.ENGINEERING);
    }

    @Test
    void thereAreAtLeastSixEngineeringExercisesAllReadable() {
        List<Exercise> list = engineering();
        assertTrue(list.size() >= 6, list.size() + " engineering exercises");
        for (Exercise e : list) {
            assertTrue(e.criteria().stream().allMatch(c -> c.needsAudio()), e.id() + " judges on the audio");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseTeachesWhatItSays() {
        return engineering().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> check(e)));
    }

    private static void check(Exercise full) throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES.resolve("songs")),
                "the songs' stems are not in samples/songs yet (branch samples)");
        Exercise e = shortened(full);
        CheckServices services = new CheckServices(store(), (mono, rate, target) -> {
            throw new AssertionError("the songs play at their own tempo");
        }, path -> Optional.empty());

        CheckReport solution = Checker.check(e, e.solution(), services);
        assertTrue(solution.passed(), e.id() + ": the solution fails: " + solution.criteria());

        CheckReport start = Checker.check(e, e.start(), services);
        assertTrue(start.criteria().stream().anyMatch(r -> !r.passed()), e.id() + ": the start passes every goal");

        List<Track> sol = e.solution().tracks();
        boolean levelsDiffer = false;
        boolean eqDiffers = false;
        for (int i = 0; i < sol.size(); i++) {
            levelsDiffer |= sol.get(i).gainDb() != e.start().tracks().get(i).gainDb();
            eqDiffers |= !sol.get(i).eq().equals(e.start().tracks().get(i).eq());
        }
        if (levelsDiffer) {
            for (int i = 0; i < sol.size(); i++) {
                String name = sol.get(i).name();
                Project up = e.solution().updateTrack(i, t -> t.withGainDb(t.gainDb() + 6));
                assertFailsNaming(e, Checker.check(e, up, services), name, "+6 dB");
            }
        }
        if (eqDiffers) {
            int i = trackWithMost250Hz(e);
            String name = sol.get(i).name();
            Project bumped = e.solution().updateTrack(i, t -> t.withEq(t.eq().withMid(new Eq.Band(250, 9, 1))));
            assertFailsNaming(e, Checker.check(e, bumped, services), name, "a 250 Hz bump");
        }
    }

    private static void assertFailsNaming(Exercise e, CheckReport report, String track, String what) {
        assertFalse(report.passed(), e.id() + ": " + track + " with " + what + " passes");
        List<String> messages = report.criteria().stream().filter(r -> !r.passed()).map(CriterionResult::message)
                .toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(track + " ")),
                e.id() + ": " + track + " with " + what + " is not named: " + messages);
    }

    /** The track whose reference stem holds the most around 250 Hz, next to its own strongest band. */
    private static int trackWithMost250Hz(Exercise e) {
        int best = 0;
        double bestDb = Double.NEGATIVE_INFINITY;
        double[][] bands = MixAnalysis.bandsDb(MixFixtures.render(e.solution(), store()));
        for (int i = 0; i < bands.length; i++) {
            double rel = bands[i][3] - java.util.Arrays.stream(bands[i]).max().orElseThrow();
            if (rel > bestDb) {
                bestDb = rel;
                best = i;
            }
        }
        return best;
    }

    private static SampleSource store() {
        SampleStore store = new SampleStore(SAMPLES, ROOT.resolve("target/no-user-library"));
        return path -> {
            try {
                return new LoadedSample(store.load(path), Double.NaN);
            } catch (SampleException ex) {
                throw new RenderException(ex.getMessage());
            }
        };
    }

    /**
     * The exercise with its two projects cut to their first {@link #TEST_BARS} bars; whole when it judges the
     * master, since the loudness and peak of a part are not those of the song.
     */
    private static Exercise shortened(Exercise e) {
        if (e.criteria().stream().anyMatch(c -> c instanceof MasterPeak || c instanceof MasterLoudness)) {
            return e;
        }
        return new Exercise(e.id(), e.side(), e.title(), e.difficulty(), e.order(), e.summary(), e.brief(),
                e.criteria(), e.passScore(), cut(e.start()), cut(e.solution()));
    }

    private static Project cut(Project p) {
        List<Track> tracks = new ArrayList<>();
        for (Track t : p.tracks()) {
            List<Clip> clips = new ArrayList<>();
            for (Clip c : t.clips()) {
                double room = 1 + TEST_BARS - c.startBar();
                if (room > 0) {
                    clips.add(c.withLengthBars(Math.min(c.lengthBars(), room)));
                }
            }
            tracks.add(t.withClips(clips));
        }
        assertEquals(p.tracks().size(), tracks.size());
        return p.withTracks(tracks);
    }
}
