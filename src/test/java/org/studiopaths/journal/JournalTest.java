package org.studiopaths.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.exercise.Side;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T14:03:09Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Attempt full() {
        return new Attempt("id-1", Side.ENGINEERING, "mix-balance", "Balance \"the\" band, ünïcode",
                Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:12:30.250Z"), 700, 41, 9, 3, 64,
                false, new Rating(4, true, null, "bass was hard,\nbut \"fun\""));
    }

    private Attempt unrated() {
        return new Attempt("id-2", Side.PRODUCTION, "arrange-intro", "", Instant.parse("2024-05-02T09:00:00Z"),
                Instant.parse("2024-05-02T09:00:00Z"), 0, 0, 0, 0, null, false, Rating.NONE);
    }

    @Test
    void attemptsSurviveAWriteAndARead() throws IOException {
        Journal j = Journal.open(dir, CLOCK).journal();
        assertEquals(Optional.empty(), j.record(full()));
        j.record(unrated());

        Journal.Opened again = Journal.open(dir, CLOCK);
        assertEquals(Optional.empty(), again.warning());
        assertEquals(List.of(full(), unrated()), again.journal().attempts());
        String text = Files.readString(dir.resolve("journal.json"));
        assertTrue(text.contains("\"format\" : \"studio-paths.journal/1\""), text);
        assertTrue(text.contains("\"score\" : null"), "never checked is written as null: " + text);
    }

    @Test
    void aMissingJournalIsEmptyAndCreatesNothing() throws IOException {
        Path data = dir.resolve("not-yet");
        Journal.Opened o = Journal.open(data, CLOCK);
        assertEquals(List.of(), o.journal().attempts());
        assertEquals(Optional.empty(), o.warning());
        assertFalse(Files.exists(data));
    }

    @Test
    void eachRecordRereadsSoTwoProgramsKeepEachOthersAttempts() throws IOException {
        Journal app = Journal.open(dir, CLOCK).journal();
        Journal cli = Journal.open(dir, CLOCK).journal();
        app.record(full());
        cli.record(unrated());
        assertEquals(List.of(full(), unrated()), Journal.open(dir, CLOCK).journal().attempts());
        assertEquals(List.of(full(), unrated()), cli.attempts());
    }

    @Test
    void aLaterRatingAttachesToItsAttempt() throws IOException {
        Journal j = Journal.open(dir, CLOCK).journal();
        j.record(full());
        j.record(unrated());
        Rating later = new Rating(5, false, true, "again please");
        j.updateRating("id-2", later);
        List<Attempt> read = Journal.open(dir, CLOCK).journal().attempts();
        assertEquals(full(), read.get(0));
        assertEquals(unrated().withRating(later), read.get(1));
        assertThrows(IllegalArgumentException.class, () -> j.updateRating("nope", later));
        assertThrows(IllegalArgumentException.class, () -> j.record(full()), "ids are unique");
    }

    @Test
    void aJournalCutInHalfIsKeptAsideByteForByteAndANewOneStarted() throws IOException {
        Journal.open(dir, CLOCK).journal().record(full());
        byte[] whole = Files.readAllBytes(dir.resolve("journal.json"));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(dir.resolve("journal.json"), half);

        Journal.Opened o = Journal.open(dir, CLOCK);

        Path kept = dir.resolve("journal.damaged-20240501-140309.json");
        assertArrayEquals(half, Files.readAllBytes(kept));
        assertEquals(List.of(), o.journal().attempts());
        assertEquals(List.of(), Journal.open(dir, CLOCK).journal().attempts(), "a new, valid journal was started");
        String w = o.warning().orElseThrow();
        assertFalse(w.contains("\n"), w);
        assertTrue(w.contains("it is kept as " + kept + " and a new journal was started"), w);
        assertTrue(w.contains("broken JSON"), w);
    }

    @Test
    void randomBytesAreKeptAsideToo() throws IOException {
        byte[] noise = new byte[3000];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve("journal.json"), noise);

        Journal.Opened o = Journal.open(dir, CLOCK);

        assertArrayEquals(noise, Files.readAllBytes(dir.resolve("journal.damaged-20240501-140309.json")));
        assertTrue(o.warning().orElseThrow().contains("is not UTF-8 text"), o.warning().get());
        assertEquals(List.of(), o.journal().attempts());
    }

    @Test
    void wrongValuesAreNamedAndASecondDamageInTheSameSecondGetsItsOwnName() throws IOException {
        Journal.open(dir, CLOCK).journal().record(full());
        Path file = dir.resolve("journal.json");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("\"score\" : 64", "\"score\" : 140"));
        String w = Journal.open(dir, CLOCK).warning().orElseThrow();
        assertTrue(w.contains("attempts[0].score is 140; allowed 0 to 100 or null (never checked)"), w);

        Files.writeString(file, "{}");
        String w2 = Journal.open(dir, CLOCK).warning().orElseThrow();
        assertTrue(w2.contains("journal.damaged-20240501-140309-2.json"), w2);
        assertTrue(Files.readString(dir.resolve("journal.damaged-20240501-140309.json")).contains("140"),
                "the first damaged file is still there");
    }

    @Test
    void recordingOverADamagedFileKeepsItAsideAndSaysSo() throws IOException {
        Journal j = Journal.open(dir, CLOCK).journal();
        Files.writeString(dir.resolve("journal.json"), "{\"format\":\"studio-paths.journal/1\",\"attem");
        String w = j.record(full()).orElseThrow();
        assertTrue(w.contains("journal.damaged-20240501-140309.json"), w);
        assertEquals(List.of(full()), Journal.open(dir, CLOCK).journal().attempts());
        assertEquals("{\"format\":\"studio-paths.journal/1\",\"attem",
                Files.readString(dir.resolve("journal.damaged-20240501-140309.json"), StandardCharsets.UTF_8));
    }
}
