package org.studiopaths.ui.mix;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studiopaths.audio.SampleException;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.CheckServices;
import org.studiopaths.exercise.Checker;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.Side;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Hear the difference" needs a check's lines tied to tracks: on every real engineering exercise, the start's
 * check names a track to hear, and it is one the start has set differently from the solution.
 */
class CheckLinesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void theLongestTrackNameStartingTheMessageWins() {
        Project p = Project.empty("t", 120).addTrack(Track.named("Keys")).addTrack(Track.named("Keys 2"))
                .addTrack(Track.named("Bass"));
        assertEquals(1, CheckLines.trackNamed("Keys 2 is 3.0 dB louder than in the reference", p));
        assertEquals(0, CheckLines.trackNamed("Keys sit further left than in the reference", p));
        assertEquals(-1, CheckLines.trackNamed("Bassoon is silent", p));
        assertEquals(-1, CheckLines.trackNamed("The mix measures -20.0 LUFS", p));
    }

    @TestFactory
    Stream<DynamicTest> theStartOfEveryEngineeringExerciseNamesATrackItChanged() {
        Path samples = ROOT.resolve("samples");
        List<Exercise> exercises = ExerciseCatalog.load(ROOT.resolve("exercises")).of(Side.ENGINEERING);
        return exercises.stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            assumeTrue(Files.isDirectory(samples.resolve("songs")), "the songs' stems are not in samples/songs");
            SampleStore store = new SampleStore(samples, ROOT.resolve("target/no-user-library"));
            CheckServices services = new CheckServices(path -> {
                try {
                    return new LoadedSample(store.load(path), Double.NaN);
                } catch (SampleException ex) {
                    throw new RenderException(ex.getMessage());
                }
            }, (mono, rate, target) -> mono, path -> Optional.empty());
            Exercise cut = new Exercise(e.id(), e.side(), e.title(), e.difficulty(), e.order(), e.summary(),
                    e.brief(), e.criteria(), e.passScore(), firstBars(e.start()), firstBars(e.solution()));
            MixCheck.Result r = CheckLines.of(cut, Checker.check(cut, cut.start(), services), cut.start());

            int worst = r.worstTrack();
            assertTrue(worst >= 0, e.id() + ": no track to hear in " + r.lines());
            Track start = e.start().tracks().get(worst);
            Track solution = e.solution().tracks().get(worst);
            assertTrue(!start.withClips(List.of()).equals(solution.withClips(List.of())),
                    e.id() + ": " + start.name() + " is the same in the start and the solution");
            assertTrue(r.lines().stream().anyMatch(l -> !l.passed() && l.message().startsWith(start.name() + " ")),
                    e.id() + ": no failed line names " + start.name());
        }));
    }

    /** The first two bars, to keep the check fast (tracks are compared, not the song's whole loudness). */
    private static Project firstBars(Project p) {
        List<Track> tracks = new ArrayList<>();
        for (Track t : p.tracks()) {
            List<Clip> clips = new ArrayList<>();
            for (Clip c : t.clips()) {
                if (c.startBar() < 3) {
                    clips.add(c.withLengthBars(Math.min(c.lengthBars(), 3 - c.startBar())));
                }
            }
            tracks.add(t.withClips(clips));
        }
        return p.withTracks(tracks);
    }
}
