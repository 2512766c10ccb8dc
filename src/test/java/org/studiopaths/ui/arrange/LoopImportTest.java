package org.studiopaths.ui.arrange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.AudioFileException;
import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.audio.importing.UserLibrary;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's own WAV: read, analysed, copied into their library, described, and played at a project's tempo. */
class LoopImportTest {

    @TempDir
    Path dir;

    /** 2 bars at 120 BPM (176,400 frames): a kick on every beat, a hat on every off-beat, an A minor chord. */
    static AudioData twoBarsAt120() {
        int rate = 44_100;
        float[] x = new float[176_400];
        int beat = rate / 2;
        for (int i = 0; i < x.length; i++) {
            int sinceBeat = i % beat;
            int sinceHalf = i % (beat / 2);
            x[i] += (float) (0.5 * Math.exp(-sinceBeat / 2000.0) * Math.sin(2 * Math.PI * 60 * sinceBeat / rate));
            x[i] += (float) (0.1 * Math.exp(-sinceHalf / 300.0) * Math.sin(i * 1.3) * Math.sin(i * 0.77));
            for (double hz : new double[] {220.0, 261.63, 329.63}) {
                x[i] += (float) (0.08 * Math.sin(2 * Math.PI * hz * i / rate));
            }
        }
        return new AudioData(new float[][] {x}, rate);
    }

    @Test
    void anImportedLoopIsCopiedDescribedFoundAndStretchedToTheProjectTempo() throws Exception {
        Path desktop = dir.resolve("desktop/My Groove_01.wav");
        Files.createDirectories(desktop.getParent());
        WavWriter.write(desktop, twoBarsAt120(), 16);
        Path samples = dir.resolve("samples");
        Files.createDirectories(samples);
        Path userFolder = dir.resolve("data/library");

        ImportForm form = ImportForm.read(desktop);
        assertEquals(120.0, form.tempoProperty().get());
        assertEquals(2, form.barsProperty().get());
        assertEquals("A minor", form.keyProperty().get());
        assertEquals("My Groove 01", form.nameProperty().get());
        assertEquals("4.00 s · detected 120 BPM over 2 bars (or 60 BPM over 1 bar) · sounds like A minor",
                form.detected());
        form.categoryProperty().set("keys");
        assertNull(form.problemProperty().get());

        LibraryEntry entry = new UserLibrary(userFolder).add(desktop, form.facts());

        assertEquals("user/my-groove-01.wav", entry.path());
        assertArrayEquals(Files.readAllBytes(desktop), Files.readAllBytes(userFolder.resolve("my-groove-01.wav")));
        SampleLibrary written = SampleLibrary.load(userFolder.resolve("library.json"));
        assertEquals(1, written.entries().size());
        LibraryEntry stored = written.entries().get(0);
        assertEquals("my-groove-01.wav", stored.path());
        assertEquals(120.0, stored.tempo());
        assertEquals(2.0, stored.bars());
        assertEquals("A minor", stored.key());
        assertEquals(UserLibrary.KIT, stored.kit());

        // At the next start the engine's library holds it, under user/, and the store finds the file.
        StoreSampleSource source = StoreSampleSource.open(samples, userFolder);
        assertEquals(userFolder.resolve("my-groove-01.wav").toRealPath(), source.store().resolve(entry.path()));
        assertEquals(120.0, source.library().find("user/my-groove-01.wav").orElseThrow().tempo());

        // 2 bars at 120 BPM in a 100 BPM project: 2 × 4 × 60 / 100 × 44,100 = 211,680 frames.
        Project project = Project.empty("t", 100).withTracks(List.of(
                Track.named("Keys").withClips(List.of(Clip.of(entry.path(), 1, 2)))));
        RenderPlan plan = new PlanCompiler(source, new WsolaStretcher()).compile(project);
        assertEquals(211_680, plan.tracks()[0].clips()[0].sampleFrames());
    }

    @Test
    void aLoopAddedWhileRunningIsStretchedAtOnce() throws Exception {
        Path wav = dir.resolve("beat.wav");
        WavWriter.write(wav, twoBarsAt120(), 16);
        Path samples = dir.resolve("samples");
        Files.createDirectories(samples);
        Path userFolder = dir.resolve("data/library");
        StoreSampleSource source = StoreSampleSource.open(samples, userFolder);
        ImportForm form = ImportForm.read(wav);
        LibraryEntry entry = new UserLibrary(userFolder).add(wav, form.facts());
        source.add(entry);
        Project project = Project.empty("t", 100).withTracks(List.of(
                Track.named("Drums").withClips(List.of(Clip.of(entry.path(), 1, 2)))));
        assertEquals(211_680, new PlanCompiler(source, new WsolaStretcher()).compile(project)
                .tracks()[0].clips()[0].sampleFrames());
    }

    @Test
    void aSecondLoopOfTheSameNameGetsItsOwnFileAndTheCatalogueKeepsBoth() throws Exception {
        Path wav = dir.resolve("beat.wav");
        WavWriter.write(wav, twoBarsAt120(), 16);
        UserLibrary user = new UserLibrary(dir.resolve("lib"));
        ImportForm form = ImportForm.read(wav);
        assertEquals("drums", form.categoryProperty().get());
        assertEquals(ImportForm.NO_KEY, form.keyProperty().get());
        assertNull(form.facts().key());
        assertEquals("user/beat.wav", user.add(wav, form.facts()).path());
        assertEquals("user/beat-2.wav", user.add(wav, form.facts()).path());
        assertEquals(List.of("beat.wav", "beat-2.wav"),
                user.load().entries().stream().map(LibraryEntry::path).toList());
    }

    @Test
    void theBarsSetTheTempoSoAHalfOrDoubleTempoIsOneStep() throws Exception {
        Path wav = dir.resolve("pad.wav");
        WavWriter.write(wav, twoBarsAt120(), 16);
        ImportForm form = ImportForm.read(wav);
        form.barsProperty().set(4);
        assertEquals(240.0, form.tempoProperty().get());
        form.barsProperty().set(1);
        assertEquals(60.0, form.tempoProperty().get());
        form.nameProperty().set("  ");
        assertEquals("Give the loop a name (1 to 80 characters)", form.problemProperty().get());
    }

    @Test
    void aDamagedWavIsRefusedWithTheReadersOneLineMessageAndNothingIsCopied() throws Exception {
        Path wav = dir.resolve("broken.wav");
        WavWriter.write(wav, twoBarsAt120(), 16);
        byte[] bytes = Files.readAllBytes(wav);
        Files.write(wav, java.util.Arrays.copyOf(bytes, 1000)); // cut short: the data chunk says more
        Path userFolder = dir.resolve("data/library");

        AudioFileException e = assertThrows(AudioFileException.class, () -> ImportForm.read(wav));

        assertEquals(wav + ": the data chunk says 352800 bytes but only 956 follow; the file is cut short or was"
                + " written as a stream: export it again", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(userFolder));
    }

    @Test
    void aDamagedCatalogueIsLeftAloneAndNothingIsCopied() throws Exception {
        Path wav = dir.resolve("beat.wav");
        WavWriter.write(wav, twoBarsAt120(), 16);
        Path userFolder = dir.resolve("lib");
        Files.createDirectories(userFolder);
        Files.writeString(userFolder.resolve("library.json"), "[ {\"path\": 3 } ]");
        ImportForm form = ImportForm.read(wav);
        Exception e = assertThrows(Exception.class, () -> new UserLibrary(userFolder).add(wav, form.facts()));
        assertTrue(e.getMessage().startsWith(userFolder.resolve("library.json") + ":1:"), e.getMessage());
        assertEquals("[ {\"path\": 3 } ]", Files.readString(userFolder.resolve("library.json")));
        assertFalse(Files.exists(userFolder.resolve("beat.wav")));
    }
}
