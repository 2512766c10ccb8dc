package org.studiopaths.exercise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.ProjectJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseCatalogTest {

    static final String GOOD = """
            {
              "format": "studio-paths.exercise/1",
              "id": "%s",
              "side": "%s",
              "title": "A title",
              "difficulty": 2,
              "order": %d,
              "summary": "One line.",
              "brief": "Some sentences.",
              "criteria": [
                { "id": "tempo", "type": "project-tempo", "bpm": 100 }
              ]
            }
            """;

    /** Writes an exercise folder with the given exercise.json and empty projects at 100 BPM. */
    static Path write(Path root, String folder, String exerciseJson) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Files.writeString(dir.resolve("exercise.json"), exerciseJson);
        String project = ProjectJson.write(Project.empty("p", 100));
        Files.writeString(dir.resolve("start.json"), project);
        Files.writeString(dir.resolve("solution.json"), project);
        return dir;
    }

    @Test
    void brokenExercisesAreReportedAndTheOthersLoad(@TempDir Path root) throws IOException {
        write(root, "b-second", GOOD.formatted("b-second", "production", 2));
        write(root, "a-first", GOOD.formatted("a-first", "production", 1));
        write(root, "mix-one", GOOD.formatted("mix-one", "engineering", 0));
        write(root, "typo", GOOD.formatted("typo", "production", 3).replace("\"summary\"", "\"sumary\""));
        write(root, "bad-type", GOOD.formatted("bad-type", "production", 4).replace("project-tempo", "project-tmpo"));
        write(root, "elsewhere", GOOD.formatted("not-elsewhere", "production", 5));
        Path noSolution = write(root, "no-solution", GOOD.formatted("no-solution", "production", 6));
        Files.delete(noSolution.resolve("solution.json"));

        ExerciseCatalog catalog = ExerciseCatalog.load(root);

        assertEquals(List.of("a-first", "b-second", "mix-one"), catalog.exercises().stream().map(Exercise::id).toList());
        String types = String.join(", ", CriterionTypes.names());
        assertEquals(List.of(
                root.resolve("bad-type/exercise.json") + ":11:30: criteria[0].type is \"project-tmpo\"; allowed: " + types,
                root.resolve("elsewhere/exercise.json") + ": id is \"not-elsewhere\" but the folder is \"elsewhere\";"
                        + " name the folder after the id",
                root.resolve("no-solution/solution.json") + ": no such file; an exercise folder needs solution.json,"
                        + " a project that passes it",
                root.resolve("typo/exercise.json") + ":8:3: sumary is not a known field (did you mean \"summary\"?);"
                        + " allowed: format, id, side, title, difficulty, order, summary, brief, criteria, passScore"),
                catalog.problems());
        Exercise first = catalog.find("a-first").orElseThrow();
        assertEquals(Side.PRODUCTION, first.side());
        assertEquals("The tempo is 100 BPM", first.criteria().get(0).goal());
    }

    @Test
    void criterionFieldsAreCheckedStrictly() {
        assertEquals("test.json:1:56: criteria[0].minBars is 0; allowed 1 to 10000",
                TestCriteria.refusal("{\"id\":\"len\",\"type\":\"song-length\",\"maxBars\":8,\"minBars\":0}"));
        assertEquals("test.json:1:34: criteria[0].maxBar is not a known field (did you mean \"maxBars\"?); allowed:"
                        + " id, type, minBars, maxBars",
                TestCriteria.refusal("{\"id\":\"len\",\"type\":\"song-length\",\"maxBar\":8,\"minBars\":2}"));
        assertEquals("test.json:1:1: criteria[0] needs either \"section\" (a section name) or \"firstBar\" and"
                        + " \"lastBar\" (bars, both included), not neither",
                TestCriteria.refusal("{\"id\":\"x\",\"type\":\"section-includes\",\"categories\":[\"bass\"]}"));
        assertEquals("test.json:1:37: criteria[0].key is \"H major\"; allowed a key such as \"C major\", \"A minor\","
                        + " \"F#m\" or \"Bb\"",
                TestCriteria.refusal("{\"id\":\"k\",\"type\":\"keys-agree\",\"key\":\"H major\"}"));
    }

    @Test
    void passScoreDecidesWhenGiven(@TempDir Path root) throws Exception {
        write(root, "lenient", GOOD.formatted("lenient", "production", 1).replace("\"criteria\"",
                "\"passScore\": 50, \"criteria\""));
        Exercise e = ExerciseCatalog.load(root).find("lenient").orElseThrow();
        List<CriterionResult> half = List.of(CriterionResult.pass("a", ""), CriterionResult.fail("b", 0, ""));
        assertTrue(e.passes(half, CheckReport.score(half)));
        assertEquals(50, CheckReport.score(half));
    }
}
