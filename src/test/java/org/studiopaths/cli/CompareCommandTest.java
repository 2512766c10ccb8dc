package org.studiopaths.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Journal;
import org.studiopaths.journal.Rating;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Attempt attempt(String id, Side side, long seconds, Integer score, Integer enjoyment) {
        Instant start = Instant.parse("2024-05-01T10:00:00Z");
        return new Attempt(id, side, "ex", "Ex", start, start.plusSeconds(seconds), seconds, 1, 1, 1, score,
                false, new Rating(enjoyment, null, null, null));
    }

    @Test
    void jsonHasBothSidesAndTheLeaning() throws IOException {
        Journal j = Journal.open(data).journal();
        j.record(attempt("p1", Side.PRODUCTION, 1200, 80, 5));
        j.record(attempt("p2", Side.PRODUCTION, 900, 83, 4));
        j.record(attempt("p3", Side.PRODUCTION, 420, null, 4));
        j.record(attempt("e1", Side.ENGINEERING, 1500, 70, 3));

        assertEquals(0, run("--data", data.toString(), "compare", "--json"));
        assertEquals("", err.toString());
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals(3, n.get("production").get("attempts").asInt());
        assertEquals("4.3", n.get("production").get("meanEnjoyment").asText(), "13/3 to one decimal");
        assertEquals(82, n.get("production").get("meanScore").asInt(), "81.5 rounds up");
        assertEquals(42, n.get("production").get("minutes").asInt());
        assertEquals(1, n.get("engineering").get("attempts").asInt());
        assertEquals("3.0", n.get("engineering").get("meanEnjoyment").asText());
        assertEquals(70, n.get("engineering").get("meanScore").asInt());
        assertEquals(25, n.get("engineering").get("minutes").asInt());
        assertEquals("production", n.get("leaning").asText());
        assertEquals(3, n.size());
    }

    @Test
    void anEmptyFolderGivesNullMeansAndUndecided() throws IOException {
        assertEquals(0, run("--data", data.toString(), "compare", "--json"));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertTrue(n.get("production").get("meanEnjoyment").isNull());
        assertTrue(n.get("engineering").get("meanScore").isNull());
        assertEquals(0, n.get("engineering").get("minutes").asInt());
        assertEquals("undecided", n.get("leaning").asText());
    }

    @Test
    void textModePrintsATableAndTheHeadline() throws IOException {
        Journal j = Journal.open(data).journal();
        j.record(attempt("p1", Side.PRODUCTION, 600, null, 3));
        j.record(attempt("e1", Side.ENGINEERING, 600, 90, 5));
        assertEquals(0, run("--data", data.toString(), "compare"));
        String[] lines = out.toString().split("\\R");
        assertEquals("             attempts  enjoyment  score  minutes", lines[0]);
        assertEquals("production          1        3.0      -       10", lines[1]);
        assertEquals("engineering         1        5.0     90       10", lines[2]);
        assertEquals("leaning: engineering", lines[3]);
        assertEquals("You enjoyed mixing more: engineering looks like your side", lines[4]);
    }

    @Test
    void aDamagedJournalIsReportedInOneLineAndTheCommandGoesOn() throws IOException {
        Files.writeString(data.resolve("journal.json"), "{\"format\": \"studio-paths.journal/1\", \"attempts\": [");
        assertEquals(0, run("--data", data.toString(), "compare", "--json"));
        String e = err.toString();
        assertEquals(1, e.lines().count(), e);
        try (var files = Files.list(data)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("journal.damaged-")).findFirst()
                    .orElseThrow();
            assertTrue(e.contains("it is kept as " + kept), e);
        }
        assertEquals("undecided", new ObjectMapper().readTree(out.toString()).get("leaning").asText());
    }
}
