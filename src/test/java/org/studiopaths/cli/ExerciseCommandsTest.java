package org.studiopaths.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Journal;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.ProjectFiles;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseCommandsTest {

    @TempDir
    Path tmp;
    Path samples;
    Path exercises;
    Path data;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    static final String EXERCISE = """
            {
              "format": "studio-paths.exercise/1",
              "id": "groove",
              "side": "production",
              "title": "First groove",
              "difficulty": 1,
              "order": 1,
              "summary": "Drums and bass together for four bars.",
              "brief": "Put drums and bass in bars 1 to 4.",
              "criteria": [
                { "id": "together", "type": "section-includes", "firstBar": 1, "lastBar": 4,
                  "categories": ["drums", "bass"] },
                { "id": "tempo", "type": "project-tempo", "bpm": 100 }
              ]
            }
            """;

    static final Project SOLUTION = new Project("Groove", 100, 4, List.of(
            Track.named("Drums").withClips(List.of(Clip.of("loops/drums.wav", 1, 4))),
            Track.named("Bass").withClips(List.of(Clip.of("loops/bass.wav", 1, 4)))), null, null);

    @BeforeEach
    void folders() throws Exception {
        samples = Files.createDirectories(tmp.resolve("samples"));
        exercises = Files.createDirectories(tmp.resolve("exercises"));
        data = tmp.resolve("data");
        Files.createDirectories(samples.resolve("loops"));
        float[] quiet = new float[4410];
        WavWriter.write(samples.resolve("loops/drums.wav"), new AudioData(new float[][] {quiet}, 44100), 16);
        WavWriter.write(samples.resolve("loops/bass.wav"), new AudioData(new float[][] {quiet}, 44100), 16);
        Files.writeString(samples.resolve("library.json"), """
                [ { "path": "loops/drums.wav", "name": "Drums", "category": "drums", "kit": "t", "loop": true,
                    "tempo": 100, "bars": 1 },
                  { "path": "loops/bass.wav", "name": "Bass", "category": "bass", "kit": "t", "loop": true,
                    "tempo": 100, "bars": 1, "key": "A minor" } ]
                """);
        Path g = Files.createDirectories(exercises.resolve("groove"));
        Files.writeString(g.resolve("exercise.json"), EXERCISE);
        ProjectFiles.write(SOLUTION.withTracks(List.of(Track.named("Drums"), Track.named("Bass"))), g.resolve("start.json"));
        ProjectFiles.write(SOLUTION, g.resolve("solution.json"));
    }

    int run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"--samples", samples.toString(), "--exercises", exercises.toString(),
                "--data", data.toString()}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void listsExercisesAndNamesBrokenOnesOnStandardError() throws Exception {
        Path broken = Files.createDirectories(exercises.resolve("broken"));
        Files.writeString(broken.resolve("exercise.json"), "{ \"format\": ");
        assertEquals(0, run("exercises", "--json"));
        assertEquals("""
                [
                  {
                    "id" : "groove",
                    "side" : "production",
                    "title" : "First groove",
                    "difficulty" : 1,
                    "summary" : "Drums and bass together for four bars."
                  }
                ]
                """, out.toString());
        assertEquals("skipped: " + broken.resolve("start.json") + ": no such file; an exercise folder needs start.json,"
                + " the project the exercise starts from\n", err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("exercises"));
        assertEquals("groove                   production  1/5  First groove: Drums and bass together for four bars.\n",
                out.toString());
    }

    @Test
    void startAndSolutionWriteProjects() throws Exception {
        Path start = tmp.resolve("out/start.json");
        assertEquals(0, run("start", "groove", "-o", start.toString()));
        assertEquals(2, ProjectFiles.read(start).tracks().size());
        assertTrue(ProjectFiles.read(start).tracks().get(0).clips().isEmpty());
        Path solution = tmp.resolve("solution.json");
        assertEquals(0, run("solution", "groove", "-o", solution.toString()));
        assertEquals(SOLUTION, ProjectFiles.read(solution));
        assertEquals(2, run("start", "nope", "-o", start.toString()));
        assertEquals("no exercise \"nope\" in " + exercises + "; known: groove (see the exercises command)\n",
                err.toString());
    }

    @Test
    void anExerciseIsFoundByItsFolderAndABrokenOrStrangeIdIsExplained() throws Exception {
        Path broken = Files.createDirectories(exercises.resolve("broken"));
        Files.writeString(broken.resolve("exercise.json"), "{ \"format\": ");
        Path start = tmp.resolve("out/start.json");
        assertEquals(2, run("start", "broken", "-o", start.toString()));
        assertEquals(broken.resolve("start.json") + ": no such file; an exercise folder needs start.json,"
                + " the project the exercise starts from\n", err.toString());
        err.getBuffer().setLength(0);
        Files.writeString(exercises.resolve("groove/exercise.json"), EXERCISE.replace("\"groove\"", "\"grove\""));
        assertEquals(2, run("start", "groove", "-o", start.toString()));
        assertEquals(exercises.resolve("groove/exercise.json") + ": id is \"grove\" but the folder is \"groove\";"
                + " name the folder after the id\n", err.toString());
        err.getBuffer().setLength(0);
        Files.writeString(exercises.resolve("groove/exercise.json"), EXERCISE);
        assertEquals(2, run("start", "../exercises/groove", "-o", start.toString())); // never a path
        assertTrue(err.toString().startsWith("no exercise \"../exercises/groove\" in "), err.toString());
        assertEquals(0, run("start", "groove", "-o", start.toString()));
    }

    @Test
    void checkPassesTheSolutionAndExplainsTheStart() throws Exception {
        Path solution = tmp.resolve("solution.json");
        ProjectFiles.write(SOLUTION, solution);
        assertEquals(0, run("check", "groove", solution.toString(), "--json"));
        assertTrue(out.toString().startsWith("{\n  \"exercise\" : \"groove\",\n  \"side\" : \"production\",\n"
                + "  \"passed\" : true,\n  \"score\" : 100,"), out.toString());
        out.getBuffer().setLength(0);
        Path start = tmp.resolve("start.json");
        run("start", "groove", "-o", start.toString());
        assertEquals(1, run("check", "groove", start.toString()));
        assertEquals("""
                groove: not passed yet, score 50
                  [ ] together: No drums or bass in bars 1–4: drag a drums loop and a bass loop over those bars.
                  [x] tempo: The tempo is 100 BPM.
                """, out.toString());
    }

    @Test
    void checkRefusesBadInputInOneLine() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"studio-paths.project/1\",\"tempo\":300,\"tracks\":[]}");
        assertEquals(2, run("check", "groove", bad.toString()));
        assertEquals(bad + ":1:44: tempo is 300; allowed 40 to 240\n", err.toString());
        err.getBuffer().setLength(0);
        Path missing = tmp.resolve("missing.json");
        ProjectFiles.write(SOLUTION.updateTrack(0, t -> t.withClips(List.of(Clip.of("loops/nope.wav", 1, 4)))), missing);
        assertEquals(2, run("check", "groove", missing.toString()));
        assertEquals(missing + ": tracks[0].clips[0].sample: sample \"loops/nope.wav\": no such file in the samples folder "
                + samples.toAbsolutePath() + "; check the name, or put the file there\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("check", "groove", missing.toString(), "--record"));
        assertEquals("check: --record needs --enjoyment N, how much you enjoyed it from 1 to 5\n", err.toString());
        assertFalse(Files.exists(data.resolve("journal.json")), "nothing recorded");
    }

    @Test
    void checkRecordsTheAttempt() throws Exception {
        Path solution = tmp.resolve("solution.json");
        ProjectFiles.write(SOLUTION, solution);
        assertEquals(0, run("check", "groove", solution.toString(), "--record", "--enjoyment", "4"));
        List<Attempt> attempts = Journal.open(data).journal().attempts();
        assertEquals(1, attempts.size());
        Attempt a = attempts.get(0);
        assertEquals("groove", a.exerciseId());
        assertEquals("First groove", a.exerciseTitle());
        assertEquals(100, a.score());
        assertTrue(a.passed());
        assertEquals(4, a.rating().enjoyment());
    }
}
