package org.studiopaths.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.AudioFileException;
import org.studiopaths.audio.WavReader;
import org.studiopaths.exercise.ExerciseJson;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz targets for the three readers of untrusted files. In a normal build they run once over each committed
 * seed (src/test/resources/org/studiopaths/reliability/ParserFuzzTestInputs/METHOD/); with {@code JAZZER_FUZZ=1} the
 * one named by {@code -Dtest} is fuzzed (docs/RELIABILITY.md). A reader may refuse its input only with its own
 * one-line exception; anything else (a RuntimeException, an OutOfMemoryError, a hang) is a finding.
 */
class ParserFuzzTest {

    private static final Path WAV;

    static {
        try {
            WAV = Files.createTempFile("studio-paths-fuzz", ".wav");
            WAV.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void wavReader(byte[] bytes) throws IOException {
        Files.write(WAV, bytes);
        AudioData audio;
        try {
            audio = WavReader.read(WAV);
        } catch (AudioFileException e) {
            assertOneLine(e.getMessage());
            return;
        }
        assertTrue(audio.sampleRate() > 0, "a read file has a sample rate");
        for (float[] channel : audio.channels()) {
            for (float x : channel) {
                if (!Float.isFinite(x)) {
                    throw new AssertionError("non-finite sample " + x);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void projectJson(byte[] bytes) throws JsonFormatException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Project p;
        try {
            p = ProjectJson.parse(text, "fuzz.json");
        } catch (JsonFormatException e) {
            assertOneLine(e.getMessage());
            assertTrue(e.getMessage().startsWith("fuzz.json"), e.getMessage());
            return;
        }
        // What was accepted is written back and read as the same project: a save never loses anything.
        assertEquals(p, ProjectJson.parse(ProjectJson.write(p), "again.json"));
    }

    @FuzzTest(maxDuration = "10m")
    void exerciseJson(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Project empty = Project.empty("p", 100);
        try {
            ExerciseJson.parse(text, "exercise.json", empty, empty);
        } catch (JsonFormatException e) {
            assertOneLine(e.getMessage());
            assertTrue(e.getMessage().startsWith("exercise.json"), e.getMessage());
        }
    }

    private static void assertOneLine(String message) {
        assertFalse(message == null || message.isBlank() || message.contains("\n"), "one line: " + message);
    }
}
