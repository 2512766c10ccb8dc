package org.studiopaths.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed sample library: samples/library.json and every WAV file it names. Needs no SoundFont. */
class ShippedSamplesTest {

    private static final Set<String> LOOP_CATEGORIES =
            Set.of("drums", "percussion", "bass", "keys", "pads", "lead", "fx");
    private static final Set<String> FIELDS = Set.of("path", "name", "category", "kit", "song", "loop", "tempo",
            "beatsPerBar", "bars", "key", "description", "variant");
    private static final double MINUS_ONE_DBFS = Math.pow(10, -1 / 20.0);

    private static Path samples;
    private static final Map<String, JsonNode> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, TestWav> WAVS = new LinkedHashMap<>();

    @BeforeAll
    static void readLibrary() throws IOException, UnsupportedAudioFileException {
        samples = Path.of(System.getProperty("studiopaths.root", ".")).resolve("samples");
        JsonNode library = new ObjectMapper().readTree(samples.resolve("library.json").toFile());
        assertTrue(library.isArray(), "library.json is a JSON array");
        for (JsonNode entry : library) {
            String path = entry.path("path").asText();
            ENTRIES.put(path, entry);
            WAVS.put(path, TestWav.read(samples.resolve(path)));
        }
    }

    private static List<JsonNode> loops() {
        return ENTRIES.values().stream().filter(e -> e.path("loop").asBoolean()).toList();
    }

    private static List<JsonNode> stems() {
        return ENTRIES.values().stream().filter(e -> !e.path("loop").asBoolean()).toList();
    }

    private static float[] audio(JsonNode entry) {
        return WAVS.get(entry.get("path").asText()).samples();
    }

    @Test
    void everyEntryHasExactlyTheDocumentedFields() {
        for (JsonNode e : ENTRIES.values()) {
            String where = e.path("path").asText();
            for (Iterator<String> names = e.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertTrue(FIELDS.contains(name), where + ": unknown field " + name);
            }
            assertTrue(e.get("name").isTextual() && e.get("description").isTextual()
                    && e.get("category").isTextual(), where + ": name, description, category are text");
            assertTrue(e.get("loop").isBoolean() && e.get("tempo").isNumber() && e.get("beatsPerBar").isInt(), where);
            assertTrue(e.get("key").isNull() || e.get("key").asText().matches("[A-G][#b]? (major|minor)"),
                    where + ": key " + e.get("key"));
            if (e.get("loop").asBoolean()) {
                assertTrue(e.get("kit").isTextual() && e.get("bars").isInt() && !e.has("song"), where);
                assertTrue(Set.of(1, 2, 4).contains(e.get("bars").asInt()), where + ": bars 1, 2 or 4");
                assertTrue(LOOP_CATEGORIES.contains(e.get("category").asText()), where);
                assertTrue(where.startsWith("loops/" + e.get("kit").asText() + "/"), where);
            } else {
                assertTrue(e.get("song").isTextual() && !e.has("kit") && !e.has("bars"), where);
                assertTrue(where.startsWith("songs/" + e.get("song").asText() + "/"), where);
            }
        }
    }

    @Test
    void everyFileIsSixteenBitMonoAndEveryWavHasAnEntry() throws IOException {
        WAVS.forEach((path, wav) -> {
            assertEquals(1, wav.format().getChannels(), path + " is mono");
            assertEquals(16, wav.format().getSampleSizeInBits(), path + " is 16-bit");
            assertEquals(44_100f, wav.format().getSampleRate(), path + " is at 44,100 Hz");
        });
        try (Stream<Path> files = Files.walk(samples)) {
            Set<String> wavs = files.filter(p -> p.toString().endsWith(".wav"))
                    .map(p -> samples.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(ENTRIES.keySet()), wavs);
        }
    }

    @Test
    void theLibraryHasEnoughLoopsCategoriesAndKits() {
        assertTrue(loops().size() >= 40, "loops: " + loops().size());
        Set<String> categories = loops().stream().map(e -> e.get("category").asText()).collect(Collectors.toSet());
        assertTrue(categories.size() >= 6, "categories: " + categories);
        Map<String, JsonNode> firstOfKit = new TreeMap<>();
        loops().forEach(e -> firstOfKit.putIfAbsent(e.get("kit").asText(), e));
        assertEquals(Set.of("pop", "house", "hiphop"), firstOfKit.keySet());
        assertEquals(100, firstOfKit.get("pop").get("tempo").asDouble());
        assertEquals(120, firstOfKit.get("house").get("tempo").asDouble());
        assertEquals(85, firstOfKit.get("hiphop").get("tempo").asDouble());
    }

    @Test
    void loopsAreCutToTheirExactLength() {
        for (JsonNode e : loops()) {
            long frames = Math.round(e.get("bars").asInt() * e.get("beatsPerBar").asInt() * 60.0
                    / e.get("tempo").asDouble() * 44_100);
            assertEquals(frames, audio(e).length, e.get("path").asText());
        }
    }

    @Test
    void everyFilePeaksAtOrBelowMinusOneDbfsAndIsNotSilent() {
        WAVS.forEach((path, wav) -> {
            assertTrue(wav.peak() <= MINUS_ONE_DBFS, path + " peaks at " + TestWav.db(wav.peak()) + " dBFS");
            assertTrue(TestWav.db(wav.rms()) > -45, path + " is near silent: " + TestWav.db(wav.rms()) + " dBFS RMS");
        });
    }

    @Test
    void loopsWrapWithoutAClick() {
        for (JsonNode e : loops()) {
            float[] a = audio(e);
            double largestInside = 0;
            for (int i = 1; i < a.length; i++) {
                largestInside = Math.max(largestInside, Math.abs(a[i] - a[i - 1]));
            }
            double wrap = Math.abs(a[0] - a[a.length - 1]);
            assertTrue(wrap <= largestInside, e.get("path").asText() + ": wrap jump " + wrap
                    + " above the largest inside " + largestInside);
        }
    }

    @Test
    void loopsOfOneCategoryShareTheirLoudness() {
        Map<String, List<Double>> rmsByCategory = new TreeMap<>();
        for (JsonNode e : loops()) {
            rmsByCategory.computeIfAbsent(e.get("category").asText(), c -> new ArrayList<>())
                    .add(TestWav.db(WAVS.get(e.get("path").asText()).rms()));
        }
        rmsByCategory.forEach((category, levels) -> {
            double spread = levels.stream().mapToDouble(d -> d).max().orElseThrow()
                    - levels.stream().mapToDouble(d -> d).min().orElseThrow();
            assertTrue(spread <= 6, category + " loops differ by " + spread + " dB RMS: " + levels);
        });
    }

    @Test
    void oneLoopPerCategoryOfAKitSumsBelowFullScale() {
        Map<String, Map<String, JsonNode>> loudestByKit = new TreeMap<>();
        for (JsonNode e : loops()) {
            Map<String, JsonNode> kit = loudestByKit.computeIfAbsent(e.get("kit").asText(), k -> new TreeMap<>());
            kit.merge(e.get("category").asText(), e, (a, b) ->
                    WAVS.get(a.get("path").asText()).peak() >= WAVS.get(b.get("path").asText()).peak() ? a : b);
        }
        loudestByKit.forEach((kit, byCategory) -> {
            int length = byCategory.values().stream().mapToInt(e -> audio(e).length).max().orElseThrow();
            double[] sum = new double[length];
            for (JsonNode e : byCategory.values()) {
                float[] a = audio(e);
                for (int i = 0; i < length; i++) {
                    sum[i] += a[i % a.length];
                }
            }
            double peak = 0;
            for (double s : sum) {
                peak = Math.max(peak, Math.abs(s));
            }
            assertTrue(peak < 1.0, kit + ": the loudest loop of each category sums to " + TestWav.db(peak) + " dBFS");
        });
    }

    @Test
    void songsHaveSixToTenStemsOfOneLengthThatSumWithoutClipping() {
        Map<String, List<JsonNode>> songs = stems().stream()
                .collect(Collectors.groupingBy(e -> e.get("song").asText(), TreeMap::new, Collectors.toList()));
        assertTrue(songs.size() >= 2, "songs: " + songs.keySet());
        songs.forEach((song, stems) -> {
            assertTrue(stems.size() >= 6 && stems.size() <= 10, song + " has " + stems.size() + " stems");
            int length = audio(stems.get(0)).length;
            assertTrue(length >= 20 * 44_100 && length <= 40 * 44_100, song + " lasts " + length / 44_100.0 + " s");
            double[] sum = new double[length];
            for (JsonNode stem : stems) {
                float[] a = audio(stem);
                assertEquals(length, a.length, stem.get("path").asText() + " has the song's length");
                for (int i = 0; i < length; i++) {
                    sum[i] += a[i];
                }
            }
            double peak = 0;
            for (double s : sum) {
                peak = Math.max(peak, Math.abs(s));
            }
            assertTrue(peak < 1.0, song + ": stems at 0 dB sum to " + TestWav.db(peak) + " dBFS");
            double loudest = stems.stream().mapToDouble(s -> WAVS.get(s.get("path").asText()).rms()).max().orElseThrow();
            double quietest = stems.stream().mapToDouble(s -> WAVS.get(s.get("path").asText()).rms()).min().orElseThrow();
            assertTrue(TestWav.db(loudest / quietest) > 3, song + ": stems are left at plausible, unequal levels");
        });
    }

    @Test
    void theWholeLibraryFitsTheBudget() throws IOException {
        try (Stream<Path> files = Files.walk(samples)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertTrue(bytes <= 30L * 1024 * 1024, "samples/ holds " + bytes + " bytes");
        }
    }

    @Test
    void spectraFitTheirCategory() {
        for (JsonNode e : ENTRIES.values()) {
            String category = e.get("category").asText();
            double sub = BandEnergy.shareBelow(audio(e), 150);
            double low = BandEnergy.shareBelow(audio(e), 300);
            double belowHighs = BandEnergy.shareBelow(audio(e), 3000);
            String where = e.get("path").asText() + String.format(
                    ": %.0f%% of the energy below 150 Hz, %.0f%% below 300 Hz, %.0f%% below 3 kHz",
                    100 * sub, 100 * low, 100 * belowHighs);
            switch (category) {
                // Bass and kick live low; hats and shakers high; snares, congas and tonal parts in between.
                case "bass", "kick" -> assertTrue(low > 0.8, where);
                case "hats" -> assertTrue(belowHighs < 0.5, where);
                case "percussion", "snare" -> assertTrue(sub < 0.2, where);
                case "keys", "pads", "pad", "lead", "vocal", "guitar" -> assertTrue(sub < 0.8 && belowHighs > 0.7, where);
                case "drums" -> assertTrue(belowHighs > 0.2 && belowHighs < 0.99, where);
                case "fx" -> assertTrue(sub < 0.5, where);
                default -> fail(where + ": no spectral rule for category " + category);
            }
        }
    }
}
