package org.studiopaths.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.model.json.JsonFormatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleLibraryTest {

    private static final String LIBRARY = """
            [
              { "path": "loops/drums/basic-beat.wav", "name": "Basic beat", "category": "drums", "kit": "Garage",
                "loop": true, "tempo": 96, "bars": 2, "key": null, "description": "A plain rock beat." },
              { "path": "loops/bass/walk.wav", "name": "Walking bass", "category": "bass", "kit": "Garage",
                "loop": true, "tempo": 96, "beatsPerBar": 3, "bars": 4, "key": "Eb major", "variant": "verse" },
              { "path": "loops/pads/air.wav", "name": "Air", "category": "pads", "kit": "Night",
                "loop": true, "tempo": 80, "bars": 8, "key": "F# minor" },
              { "path": "songs/rain/kick.wav", "name": "Kick", "category": "kick", "song": "Rain",
                "loop": false, "tempo": 120 },
              { "path": "songs/rain/vocal.wav", "name": "Vocal", "category": "vocal", "song": "Rain",
                "loop": false, "tempo": 120, "key": "A minor" },
              { "path": "songs/sun/bass.wav", "name": "Bass", "category": "bass", "song": "Sun",
                "loop": false, "tempo": 100 }
            ]
            """;

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnEmptyLibrary() throws Exception {
        SampleLibrary lib = SampleLibrary.load(dir.resolve("samples/library.json"));
        assertTrue(lib.entries().isEmpty());
        assertTrue(SampleLibrary.empty().kits().isEmpty());
    }

    @Test
    void readsEntriesWithTheirDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("library.json"), LIBRARY);
        SampleLibrary lib = SampleLibrary.load(file);
        assertEquals(6, lib.entries().size());
        LibraryEntry beat = lib.find("loops/drums/basic-beat.wav").orElseThrow();
        assertEquals(new LibraryEntry("loops/drums/basic-beat.wav", "Basic beat", "drums", "Garage", null, true, 96,
                4, 2.0, null, "A plain rock beat.", null), beat);
        LibraryEntry bass = lib.find("loops/bass/walk.wav").orElseThrow();
        assertEquals(3, bass.beatsPerBar());
        assertEquals("Eb major", bass.key());
        assertEquals("verse", bass.variant());
        assertEquals("", bass.description());
        LibraryEntry kick = lib.find("songs/rain/kick.wav").orElseThrow();
        assertNull(kick.bars());
        assertNull(kick.kit());
        assertFalse(lib.find("loops/none.wav").isPresent());
    }

    @Test
    void groupsLoopsStemsKitsAndCategories() throws Exception {
        SampleLibrary lib = SampleLibrary.parse(LIBRARY, "library.json");
        assertEquals(List.of("Basic beat", "Walking bass", "Air"), lib.loops().stream().map(LibraryEntry::name).toList());
        assertEquals(List.of("Kick", "Vocal"), lib.stems("Rain").stream().map(LibraryEntry::name).toList());
        assertTrue(lib.stems("Nope").isEmpty());
        assertEquals(List.of("Garage", "Night"), lib.kits());
        assertEquals(List.of("Rain", "Sun"), lib.songs());
        assertEquals(List.of("drums", "bass", "pads", "kick", "vocal"), lib.categories());
    }

    @Test
    void namesTheFileLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("library.json"), """
                [
                  { "path": "a.wav", "name": "A", "category": "drum", "loop": true, "tempo": 90 }
                ]
                """);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> SampleLibrary.load(file));
        assertEquals(file + ":2:47: [0].category is \"drum\"; allowed for loops: drums, percussion, bass, keys,"
                + " pads, lead, fx", e.getMessage());
    }

    @Test
    void refusesUnknownFields() {
        refused("{ \"path\": \"a.wav\", \"name\": \"A\", \"category\": \"fx\", \"loop\": true, \"tempo\": 90,"
                + " \"tempoo\": 91 }", "[0].tempoo is not a known field (did you mean \"tempo\"?); allowed: path,");
    }

    @Test
    void refusesMissingRequiredFields() {
        for (String field : List.of("path", "name", "category", "loop", "tempo")) {
            String entry = entry("\"path\": \"a.wav\", \"name\": \"A\", \"category\": \"fx\", \"loop\": true,"
                    + " \"tempo\": 90", field);
            refused(entry, "[0] has no \"" + field + "\"; it is required");
        }
    }

    @Test
    void refusesWrongTypesAndRanges() {
        refused(loop("\"tempo\": \"fast\""), "[0].tempo is a string; expected a number");
        refused(loop("\"tempo\": 900"), "[0].tempo is 900; allowed 20 to 300");
        refused(loop("\"tempo\": 90, \"beatsPerBar\": 3.5"), "[0].beatsPerBar is 3.5; expected a whole number");
        refused(loop("\"tempo\": 90, \"beatsPerBar\": 9"), "[0].beatsPerBar is 9; allowed 2 to 7");
        refused(loop("\"tempo\": 90, \"bars\": 0"), "[0].bars is 0; allowed more than 0, up to 10000");
        refused("{ \"path\": \"a.wav\", \"name\": \" \", \"category\": \"fx\", \"loop\": true, \"tempo\": 90 }",
                "[0].name is \" \"; allowed 1 to 80 characters");
        refused("{ \"path\": \"a.wav\", \"name\": \"A\", \"category\": \"fx\", \"loop\": \"yes\", \"tempo\": 90 }",
                "[0].loop is a string; expected true or false");
    }

    @Test
    void refusesKeysThatAreNotKeys() {
        refused(loop("\"tempo\": 90, \"key\": \"H minor\""), "[0].key is \"H minor\"; allowed a key such as"
                + " \"A minor\" or \"Eb major\", or null for unpitched material");
        refused(loop("\"tempo\": 90, \"key\": \"a minor\""), "[0].key is \"a minor\"");
        refused(loop("\"tempo\": 90, \"key\": 5"), "[0].key is a number; expected a string");
    }

    @Test
    void keepsKitsForLoopsAndSongsForStems() {
        refused(loop("\"tempo\": 90, \"song\": \"Rain\""), "[0].song is given for a loop (loop true)");
        refused(stem("\"category\": \"vocal\", \"song\": \"Rain\", \"kit\": \"Garage\""),
                "[0].kit is given for a stem (loop false)");
        refused(stem("\"category\": \"Vocal!\", \"song\": \"Rain\""),
                "[0].category is \"Vocal!\"; allowed for stems a lower-case role");
        refused("{ \"path\": \"a.wav\", \"name\": \"A\", \"category\": \"kick\", \"loop\": false, \"tempo\": 90 }",
                "[0] has no \"song\"; a stem (loop false) names the song it belongs to");
    }

    @Test
    void refusesPathsOutsideTheSamplesAndDuplicates() {
        refused(entryWithPath("../a.wav"), "[0].path is \"../a.wav\": it contains \"..\"");
        refused(entryWithPath("/abs/a.wav"), "[0].path is \"/abs/a.wav\": an absolute or non-portable path");
        refused(entryWithPath("user/a.wav"), "[0].path is \"user/a.wav\": user/ paths belong to your own library");
        String one = entryWithPath("loops/a.wav");
        refused(one + ",\n" + one, "[1].path is \"loops/a.wav\", which [0] already describes; describe each file once");
    }

    @Test
    void refusesADocumentThatIsNotAnArray() {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> SampleLibrary.parse("{ \"entries\": [] }", "lib.json"));
        assertEquals("lib.json:1:1: the document is an object; expected an array", e.getMessage());
        e = assertThrows(JsonFormatException.class, () -> SampleLibrary.parse("[ { ", "lib.json"));
        assertTrue(e.getMessage().startsWith("lib.json:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("broken JSON"), e.getMessage());
    }

    private static String loop(String extra) {
        return "{ \"path\": \"a.wav\", \"name\": \"A\", \"category\": \"fx\", \"loop\": true, " + extra + " }";
    }

    private static String stem(String extra) {
        return "{ \"path\": \"s.wav\", \"name\": \"S\", \"loop\": false, \"tempo\": 90, " + extra + " }";
    }

    private static String entryWithPath(String path) {
        return "{ \"path\": \"" + path + "\", \"name\": \"A\", \"category\": \"fx\", \"loop\": true, \"tempo\": 90 }";
    }

    /** The fields given, without {@code dropped}. */
    private static String entry(String fields, String dropped) {
        return "{ " + fields.replaceAll("\"" + dropped + "\": [^,]+(, )?", "").replaceAll(", $", "") + " }";
    }

    private static void refused(String entries, String messageAfterPlace) {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> SampleLibrary.parse("[\n" + entries + "\n]", "library.json"));
        assertTrue(Pattern.matches("library\\.json:\\d+:\\d+: " + Pattern.quote(messageAfterPlace) + ".*",
                e.getMessage()), () -> "expected: " + messageAfterPlace + "\n but was: " + e.getMessage());
    }
}
