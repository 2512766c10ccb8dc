package org.studiopaths.ui.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.Side;
import org.studiopaths.model.Project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every piece of work opened through {@link WorkSessions} is autosaved; leaving it or saving it removes that. */
class WorkSessionsTest {

    @TempDir
    Path data;

    private final LiveEngine engine = new LiveEngine(new PlanCompiler(path -> {
        throw new RenderException(path + ": no samples in this test");
    }, (mono, rate, target) -> mono), (rate, frames) -> {
        throw new AudioUnavailableException("no device in this test");
    });
    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void eachPieceOfWorkIsAutosavedInItsSlotUntilItIsLeft() throws Exception {
        RecoveryStore store = new RecoveryStore(data);
        WorkSessions sessions = new WorkSessions(engine, store, problems::add);
        ProjectSession exercise = sessions.open(AutosaveOrigin.exercise("first-groove", Side.PRODUCTION, null),
                Project.empty("groove", 100));
        sessions.flush();
        assertTrue(store.pending().isEmpty(), "nothing to autosave before an edit");

        exercise.edit("Tempo", p -> p.withTempo(128));
        sessions.flush();
        assertEquals(List.of("exercise-first-groove"), slots(store));
        assertEquals(128, store.restore(store.pending().get(0)).tempo());

        ProjectSession free = sessions.open(AutosaveOrigin.freePlay(Side.ENGINEERING, null), Project.empty("mix", 90));
        assertTrue(store.pending().isEmpty(), "opening the next work leaves the exercise, and its autosave goes");
        free.edit("Title", p -> p.withTitle("my mix"));
        exercise.edit("Tempo", p -> p.withTempo(70)); // the left session is no longer autosaved
        sessions.flush();
        assertEquals(List.of("free-engineering"), slots(store));
        assertEquals("my mix", store.restore(store.pending().get(0)).title());

        sessions.close();
        assertTrue(store.pending().isEmpty(), "a clean exit leaves nothing to restore");
        assertEquals(List.of(), problems);
    }

    @Test
    void restoredWorkIsUnsavedWithoutUndoAndAutosavedUntilSaved() throws Exception {
        RecoveryStore store = new RecoveryStore(data);
        WorkSessions sessions = new WorkSessions(engine, store, problems::add);
        Path original = data.resolve("song.json");
        Project restored = Project.empty("restored", 123);
        ProjectSession s = sessions.resume(new RestoredWork(
                AutosaveOrigin.exercise("first-groove", Side.PRODUCTION, original), restored));

        assertEquals(restored, s.project());
        assertTrue(s.dirtyProperty().get(), "marked unsaved");
        assertFalse(s.canUndoProperty().get(), "the restore is not an undo step");
        assertEquals(original, s.fileProperty().get(), "it belongs to its file again");
        sessions.flush();
        assertEquals(restored, store.restore(store.pending().get(0)), "autosaved again before any edit");

        assertTrue(s.save(data.resolve("elsewhere.json")));
        assertTrue(store.pending().isEmpty(), "saved work needs no recovery");
        s.edit("Tempo", p -> p.withTempo(99));
        sessions.flush();
        assertEquals(data.resolve("elsewhere.json"), store.pending().get(0).origin().originalFile(),
                "the autosave names the file the work was last saved to");
        sessions.close();
    }

    @Test
    void offeredWorkGoesOnceToTheScreenOfItsSide() {
        WorkSessions sessions = new WorkSessions(engine, new RecoveryStore(data), problems::add);
        RestoredWork mix = new RestoredWork(AutosaveOrigin.freePlay(Side.ENGINEERING, null), Project.empty("m", 90));
        sessions.offer(mix);
        assertTrue(sessions.takeOffered(Side.PRODUCTION).isEmpty());
        assertEquals(mix, sessions.takeOffered(Side.ENGINEERING).orElseThrow());
        assertTrue(sessions.takeOffered(Side.ENGINEERING).isEmpty(), "taken once");

        RestoredWork noSide = new RestoredWork(AutosaveOrigin.freePlay(null, null), Project.empty("s", 90));
        assertEquals(Side.PRODUCTION, noSide.side(), "free play without a side opens in the arranger");
        RestoredWork gone = new RestoredWork(AutosaveOrigin.exercise("gone", Side.ENGINEERING, null), mix.project());
        assertNull(gone.asFreePlay().origin().exerciseId());
        assertEquals("free-engineering", gone.asFreePlay().origin().slot());
    }

    private static List<String> slots(RecoveryStore store) {
        return store.pending().stream().map(Recoverable::slot).toList();
    }
}
