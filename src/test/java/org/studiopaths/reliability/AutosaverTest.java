package org.studiopaths.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.Side;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.ProjectFiles;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.AutosaveSchedule;
import org.studiopaths.ui.session.Autosaver;
import org.studiopaths.ui.session.ProjectSession;
import org.studiopaths.ui.session.RecoveryStore;
import org.studiopaths.ui.session.Recoverable;
import org.studiopaths.ui.session.WriteProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autosave, recovery, backups and refused writes, without a crash (the crash is {@link CrashRecoveryTest}). */
class AutosaverTest {

    private static final Instant T = Instant.parse("2026-03-01T14:05:09Z");
    /** Long delays: only flush() and close() save in these tests, so nothing here depends on timing. */
    private static final AutosaveSchedule MANUAL = new AutosaveSchedule(Duration.ofHours(1), Duration.ofHours(1));

    @TempDir
    Path data;

    private Autosaver autosaver(AutosaveOrigin origin) {
        return new Autosaver(new RecoveryStore(data), origin, MANUAL, Clock.fixed(T, ZoneOffset.UTC));
    }

    @Test
    void scheduleWaitsForAPauseButNoLongerThanMaxWait() {
        AutosaveSchedule s = AutosaveSchedule.DEFAULT;
        long sec = 1_000_000_000L;
        assertEquals(5 * sec, s.dueAt(3 * sec, 3 * sec), "2 s after a single change");
        assertEquals(9 * sec, s.dueAt(3 * sec, 7 * sec), "2 s after the latest change");
        assertEquals(13 * sec, s.dueAt(3 * sec, 12 * sec), "steady editing: 10 s after the first unsaved change");
        assertThrows(IllegalArgumentException.class,
                () -> new AutosaveSchedule(Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }

    @Test
    void theNewestChangeIsWhatRecoveryOffers() throws Exception {
        Project p1 = Project.empty("one", 100);
        Project p3 = Project.empty("three", 120);
        try (Autosaver a = autosaver(AutosaveOrigin.exercise("first-groove", Side.PRODUCTION, null))) {
            a.changed(p1);
            a.flush();
            a.changed(Project.empty("two", 110));
            a.changed(p3);
            a.flush();
        }
        RecoveryStore store = new RecoveryStore(data);
        List<Recoverable> pending = store.pending();
        assertEquals(1, pending.size());
        Recoverable r = pending.get(0);
        assertEquals(p3, store.restore(r));
        assertEquals(T, r.savedAt());
        assertEquals("Restore your unsaved work on the exercise first-groove from 14:05?", r.question(ZoneOffset.UTC));
        assertEquals(Side.PRODUCTION, r.origin().side());

        store.discard(r);
        assertTrue(store.pending().isEmpty());
        try (var left = Files.list(store.folder())) {
            assertEquals(0, left.count(), "discard leaves no file behind");
        }
    }

    @Test
    void closeSavesWhatWaitsAndEachWorkHasItsOwnSlot() throws Exception {
        Path song = data.resolve("song.json");
        try (Autosaver free = autosaver(AutosaveOrigin.freePlay(Side.ENGINEERING, song));
             Autosaver ex = autosaver(AutosaveOrigin.exercise("balance-basics", Side.ENGINEERING, null))) {
            free.changed(Project.empty("free", 90));
            ex.changed(Project.empty("exercise", 95));
        }
        List<Recoverable> pending = new RecoveryStore(data).pending();
        assertEquals(2, pending.size());
        Recoverable free = pending.stream().filter(r -> !r.origin().isExercise()).findFirst().orElseThrow();
        assertEquals(song, free.origin().originalFile());
        assertEquals("free-engineering", free.slot());
        assertEquals("free", new RecoveryStore(data).restore(free).title());
    }

    @Test
    void aDamagedSidecarOrMissingProjectOffersNothing() throws Exception {
        RecoveryStore store = new RecoveryStore(data);
        Recoverable r = store.write(AutosaveOrigin.freePlay(null, null), Project.empty("x", 100), T);
        Files.writeString(store.folder().resolve("free.autosave.json"), "{\"format\": \"studio-paths.autos");
        assertTrue(store.pending().isEmpty(), "a cut-short sidecar");
        store.write(AutosaveOrigin.freePlay(null, null), Project.empty("x", 100), T);
        Files.delete(store.pending().get(0).projectFile());
        assertTrue(store.pending().isEmpty(), "a sidecar whose project is gone");
        Files.writeString(store.folder().resolve("evil.autosave.json"), "{\"format\":\"studio-paths.autosave/1\","
                + "\"savedAt\":\"2026-03-01T14:05:09Z\",\"project\":\"../../etc/passwd\"}");
        assertTrue(store.pending().isEmpty(), "a sidecar naming a file outside its slot");
        assertEquals("free", r.slot());
    }

    @Test
    void aSessionsEditsAreAutosavedAndASaveDiscardsThem() throws Exception {
        PlanCompiler compiler = new PlanCompiler(path -> {
            throw new RenderException(path + ": no samples in this test");
        }, (mono, rate, target) -> mono);
        try (LiveEngine engine = new LiveEngine(compiler, (rate, frames) -> {
            throw new AudioUnavailableException("no device in this test");
        }); Autosaver a = autosaver(AutosaveOrigin.freePlay(Side.PRODUCTION, null))) {
            ProjectSession session = new ProjectSession(engine, Project.empty("song", 100));
            a.attach(session);
            session.edit("Tempo", p -> p.withTempo(128));
            a.flush();
            RecoveryStore store = new RecoveryStore(data);
            assertEquals(128, store.restore(store.pending().get(0)).tempo());

            session.undo();
            a.flush();
            assertEquals(100, store.restore(store.pending().get(0)).tempo(), "undo is work too");

            Path file = data.resolve("song.json");
            assertTrue(session.save(file));
            assertTrue(store.pending().isEmpty(), "saved work needs no recovery");
            session.edit("Tempo", p -> p.withTempo(90));
            session.edit("Title", p -> p.withTitle("second"));
            assertTrue(session.save(file));
            assertEquals(90, ProjectFiles.read(file).tempo());
            assertEquals(100, ProjectFiles.read(data.resolve("song.json.bak")).tempo(),
                    "saving over a file keeps the previous one as NAME.json.bak");
        }
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhyAndLeavesTheFileAlone() throws Exception {
        try (LiveEngine engine = new LiveEngine(new PlanCompiler(path -> {
            throw new RenderException("none");
        }, (mono, rate, target) -> mono), (rate, frames) -> {
            throw new AudioUnavailableException("none");
        })) {
            Path notAFolder = data.resolve("blocker");
            Files.writeString(notAFolder, "I am a file");
            ProjectSession session = new ProjectSession(engine, Project.empty("song", 100));
            session.edit("Tempo", p -> p.withTempo(128));
            assertFalse(session.save(notAFolder.resolve("song.json")));
            assertTrue(session.messageProperty().get().startsWith("Could not save " + notAFolder.resolve("song.json")),
                    session.messageProperty().get());
            assertTrue(session.messageProperty().get().endsWith("Your work is still here."));
            assertEquals("I am a file", Files.readString(notAFolder));
            assertTrue(session.dirtyProperty().get(), "still unsaved");
        }
    }

    @Test
    void aDiskThatFillsUpMidWriteLeavesTheOriginalWholeAndNoTemporaryFile() throws Exception {
        Path target = data.resolve("song.json");
        Files.writeString(target, "the original");
        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("the original", Files.readString(target));
        try (var files = Files.list(data)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
        assertEquals("the disk is full; free some space or choose another disk", WriteProblems.describe(full));
        assertEquals("the folder is read-only; choose another folder",
                WriteProblems.describe(new java.nio.file.FileSystemException(target.toString(), null,
                        "Read-only file system")));
    }

    @Test
    void anAutosaveThatFailsReportsItAndKeepsThePreviousOne() throws Exception {
        RecoveryStore store = new RecoveryStore(data);
        store.write(AutosaveOrigin.freePlay(null, null), Project.empty("before", 100), T);
        // The slot's next project file is taken by a folder, so the write fails as a full disk would.
        Files.createDirectories(store.folder().resolve("free.b.json").resolve("x"));
        StringBuilder failed = new StringBuilder();
        try (Autosaver a = autosaver(AutosaveOrigin.freePlay(null, null))) {
            a.setListener(new Autosaver.Listener() {
                @Override public void saved(Recoverable r) { }
                @Override public void failed(String message) { failed.append(message); }
            });
            a.changed(Project.empty("after", 100));
            a.flush();
        }
        assertTrue(failed.toString().startsWith("Autosave failed: could not write in " + store.folder()), failed.toString());
        assertTrue(failed.toString().endsWith("Your work is still here; save it to another folder."));
        assertEquals("before", store.restore(store.pending().get(0)).title());
    }
}
