package org.studiopaths.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectJsonTest {

    private static final String EXAMPLE = """
            {
              "format": "studio-paths.project/1",
              "title": "First groove",
              "tempo": 100,
              "beatsPerBar": 4,
              "tracks": [
                {
                  "name": "Drums",
                  "gainDb": -3.0,
                  "pan": 0.0,
                  "mute": false,
                  "solo": false,
                  "eq": {
                    "highPassHz": 0,
                    "low":  { "freqHz": 120,  "gainDb": 0 },
                    "mid":  { "freqHz": 1000, "gainDb": 0, "q": 1.0 },
                    "high": { "freqHz": 8000, "gainDb": 0 }
                  },
                  "clips": [
                    { "sample": "loops/drums/basic-beat.wav", "startBar": 1, "lengthBars": 4 }
                  ]
                }
              ],
              "master": { "gainDb": 0 }
            }
            """;

    @Test
    void readsTheSpecExampleWithItsDefaults() throws Exception {
        Project p = ProjectJson.parse(EXAMPLE, "song.json");
        assertEquals("First groove", p.title());
        assertEquals(100, p.tempo());
        Track drums = p.tracks().get(0);
        assertEquals(-3.0, drums.gainDb());
        Clip clip = drums.clips().get(0);
        assertEquals(new Clip("loops/drums/basic-beat.wav", 1, 4, 0, 0, true), clip);
        assertEquals(5, p.endBar());
    }

    @Test
    void minimalProjectGetsDefaults() throws Exception {
        Project p = ProjectJson.parse("{\"format\":\"studio-paths.project/1\",\"tempo\":90,\"tracks\":[{\"name\":\"A\"}]}", "m.json");
        assertEquals(4, p.beatsPerBar());
        assertEquals(Track.named("A"), p.tracks().get(0));
        assertEquals(Master.UNITY, p.master());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"pan\": 3.0 | song.json:9:14: tracks[0].pan is 3.0; allowed -1 to +1",
            "\"gainDb\": 12.5 | song.json:9:17: tracks[0].gainDb is 12.5; allowed at most +12",
            "\"paan\": 0.5 | song.json:9:7: tracks[0].paan is not a known field (did you mean \"pan\"?); allowed: name, gainDb, pan, mute, solo, eq, clips",
            "\"mute\": 1 | song.json:9:15: tracks[0].mute is a number; expected true or false",
    })
    void refusesABadTrackValueNamingTheFileAndPlace(String field, String message) {
        String text = "{\n  \"format\": \"studio-paths.project/1\",\n  \"tempo\": 100,\n  \"tracks\": [\n"
                + "    {\n      \"name\": \"Bass\",\n      \"clips\": []\n    },\n    {\n"
                .replace("    {\n      \"name\": \"Bass\",\n      \"clips\": []\n    },\n    {\n", "    {\n")
                + "      \"name\": \"Bass\",\n      \"clips\": [],\n      " + field + "\n    }\n  ]\n}\n";
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> ProjectJson.parse(text, "song.json"));
        assertEquals(message.replace("song.json:9:", "song.json:" + lineOf(text, field) + ":"), e.getMessage());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"format\":\"studio-paths.project/2\",\"tempo\":100,\"tracks\":[]} | x.json:1:11: format is \"studio-paths.project/2\"; allowed \"studio-paths.project/1\"",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":300,\"tracks\":[]} | x.json:1:44: tempo is 300; allowed 40 to 240",
            "{\"format\":\"studio-paths.project/1\",\"tracks\":[]} | x.json:1:1: the document has no \"tempo\"; it is required",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"beatsPerBar\":9,\"tracks\":[]} | x.json:1:62: beatsPerBar is 9; allowed 2 to 7",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[{\"name\":\"A\",\"clips\":[{\"sample\":\"../x.wav\",\"startBar\":1,\"lengthBars\":1}]}]} | x.json:1:89: tracks[0].clips[0].sample is \"../x.wav\": it contains \"..\"; allowed only paths inside the samples root",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[{\"name\":\"A\",\"clips\":[{\"sample\":\"/etc/x.wav\",\"startBar\":1,\"lengthBars\":1}]}]} | x.json:1:89: tracks[0].clips[0].sample is \"/etc/x.wav\": an absolute or non-portable path; allowed a relative path with / separators inside the samples root",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[{\"name\":\"A\",\"clips\":[{\"sample\":\"a.wav\",\"startBar\":1.1,\"lengthBars\":1}]}]} | x.json:1:108: tracks[0].clips[0].startBar is 1.1, which is not on a beat; allowed steps of one beat (1/4 bar)",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[{\"name\":\"A\",\"clips\":[{\"sample\":\"a.wav\",\"startBar\":0,\"lengthBars\":1}]}]} | x.json:1:108: tracks[0].clips[0].startBar is 0; allowed at least 1, in steps of one beat",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[{\"name\":\"A\",\"eq\":{\"highPassHz\":10}}]} | x.json:1:89: tracks[0].eq.highPassHz is 10; allowed 0 (off) or 20 to 2000",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[{\"name\":\"A\",\"eq\":{\"mid\":{\"q\":20}}}]} | x.json:1:87: tracks[0].eq.mid.q is 20; allowed 0.1 to 10",
            "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[ | x.json:1:58: broken JSON: Unexpected end-of-input: expected close marker for Array; check for a missing comma, quote or bracket",
            "'' | x.json:1:1: the file is empty; expected a JSON document",
    })
    void refusesWithOneLineNamingThePlace(String text, String message) {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> ProjectJson.parse(text, "x.json"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void writingThenReadingGivesBackAnEqualProject() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Project p = randomProject(random);
            assertEquals(p, ProjectJson.parse(ProjectJson.write(p), "round-trip.json"));
        }
    }

    private static Project randomProject(Random r) {
        int bpb = 2 + r.nextInt(6);
        List<Track> tracks = new ArrayList<>();
        for (int t = 0; t < r.nextInt(6); t++) {
            List<Clip> clips = new ArrayList<>();
            for (int c = 0; c < r.nextInt(4); c++) {
                clips.add(new Clip("loops/x" + c + ".wav", 1 + r.nextInt(40) / (double) bpb, (1 + r.nextInt(16)) / (double) bpb,
                        r.nextDouble() * 2, -r.nextDouble() * 20, r.nextBoolean()));
            }
            Eq eq = new Eq(r.nextBoolean() ? 0 : 20 + r.nextDouble() * 1980,
                    new Eq.Band(20 + r.nextDouble() * 980, r.nextDouble() * 48 - 24, 1),
                    new Eq.Band(100 + r.nextDouble() * 9900, r.nextDouble() * 48 - 24, 0.1 + r.nextDouble() * 9.9),
                    new Eq.Band(1000 + r.nextDouble() * 19000, r.nextDouble() * 48 - 24, 1));
            tracks.add(new Track("Track " + t, 12 - r.nextDouble() * 60, r.nextDouble() * 2 - 1, r.nextBoolean(), r.nextBoolean(), eq, clips));
        }
        List<Section> sections = r.nextBoolean() ? List.of() : List.of(new Section("Intro", 1), new Section("Chorus", 5));
        return new Project("Song " + r.nextInt(), 40 + r.nextDouble() * 200, bpb, tracks, new Master(-r.nextDouble() * 6), sections);
    }
}
