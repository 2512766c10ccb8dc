package org.studiopaths.audio;

import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;
import org.studiopaths.model.json.SamplePaths;
import org.studiopaths.model.json.StrictReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code samples/library.json} says about the shipped samples, read strictly: a JSON array of entries
 * (see {@link LibraryEntry}); unknown fields, wrong types, values out of range and paths described twice are
 * refused with one line naming the file, line, column and entry, e.g.
 * {@code library.json:7:17: [1].category is "drum"; allowed for loops: drums, percussion, bass, keys, pads, lead, fx}.
 * A library file that does not exist yet reads as an empty library.
 */
public final class SampleLibrary {

    public static final String FILE_NAME = "library.json";

    public static final List<String> LOOP_CATEGORIES = List.of("drums", "percussion", "bass", "keys", "pads",
            "lead", "fx");

    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("path", "name", "category", "kit",
            "song", "loop", "tempo", "beatsPerBar", "bars", "key", "description", "variant"));
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    private static final Pattern KEY = Pattern.compile("[A-G][#b]? (major|minor)");
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_NAME = 80;

    private final List<LibraryEntry> entries;
    private final Map<String, LibraryEntry> byPath = new HashMap<>();

    private SampleLibrary(List<LibraryEntry> entries) {
        this.entries = List.copyOf(entries);
        for (LibraryEntry e : entries) {
            byPath.put(e.path(), e);
        }
    }

    public static SampleLibrary empty() {
        return new SampleLibrary(List.of());
    }

    /** Reads a library file; one that does not exist gives the empty library. */
    public static SampleLibrary load(Path libraryJson) throws JsonFormatException {
        if (!Files.exists(libraryJson)) {
            return empty();
        }
        return parse(ProjectFiles.readText(libraryJson), libraryJson.toString());
    }

    /** Parses a library document; {@code fileName} is used in messages. */
    public static SampleLibrary parse(String text, String fileName) throws JsonFormatException {
        StrictReader r = new StrictReader(fileName);
        List<Json> items = r.items(Json.parse(text, fileName), "the document", MAX_ENTRIES);
        List<LibraryEntry> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "[" + i + "]";
            LibraryEntry e = entry(r, items.get(i), at);
            String earlier = seen.putIfAbsent(e.path(), at);
            if (earlier != null) {
                Json.Obj o = (Json.Obj) items.get(i);
                throw r.error(o.fields().get("path"), at + ".path", "is \"" + e.path() + "\", which " + earlier
                        + " already describes; describe each file once");
            }
            entries.add(e);
        }
        return new SampleLibrary(entries);
    }

    private static LibraryEntry entry(StrictReader r, Json node, String at) throws JsonFormatException {
        Json.Obj o = r.object(node, at);
        r.onlyFields(o, at, FIELDS);
        Json pathNode = r.required(o, at, "path");
        String path = r.string(pathNode, at + ".path");
        String problem = SamplePaths.problem(path);
        if (problem == null && path.startsWith(SampleStore.USER_PREFIX)) {
            problem = "user/ paths belong to your own library; allowed a path inside samples/";
        }
        if (problem != null) {
            throw r.error(pathNode, at + ".path", "is \"" + path + "\": " + problem);
        }
        String name = text(r, o, at, "name", MAX_NAME);
        r.required(o, at, "loop");
        boolean loop = r.bool(o, at, "loop", false);
        Json categoryNode = r.required(o, at, "category");
        String category = r.string(categoryNode, at + ".category");
        if (loop && !LOOP_CATEGORIES.contains(category)) {
            throw r.error(categoryNode, at + ".category", "is \"" + category + "\"; allowed for loops: "
                    + String.join(", ", LOOP_CATEGORIES));
        }
        if (!loop && !ROLE.matcher(category).matches()) {
            throw r.error(categoryNode, at + ".category", "is \"" + category + "\"; allowed for stems a lower-case"
                    + " role such as kick, snare, hats, bass, keys, pad, guitar, lead, vocal");
        }
        String kit = belongsTo(r, o, at, "kit", loop);
        String song = belongsTo(r, o, at, "song", !loop);
        if (!loop && song == null) {
            throw r.error(o, at, "has no \"song\"; a stem (loop false) names the song it belongs to");
        }
        double tempo = r.numberIn(o, at, "tempo", null, 20, 300, "20 to 300");
        int beatsPerBar = 4;
        Json bpb = o.fields().get("beatsPerBar");
        if (bpb != null) {
            beatsPerBar = r.integer(bpb, at + ".beatsPerBar");
            if (beatsPerBar < 2 || beatsPerBar > 7) {
                throw r.error(bpb, at + ".beatsPerBar", "is " + beatsPerBar + "; allowed 2 to 7");
            }
        }
        Double bars = null;
        if (o.fields().containsKey("bars")) {
            bars = r.numberIn(o, at, "bars", null, Double.MIN_VALUE, 10_000, "more than 0, up to 10000");
        }
        String key = null;
        Json keyNode = o.fields().get("key");
        if (keyNode != null && !(keyNode instanceof Json.Null)) {
            key = r.string(keyNode, at + ".key");
            if (!KEY.matcher(key).matches()) {
                throw r.error(keyNode, at + ".key", "is \"" + key + "\"; allowed a key such as \"A minor\" or"
                        + " \"Eb major\", or null for unpitched material");
            }
        }
        String description = r.string(o, at, "description", "");
        String variant = o.fields().containsKey("variant") ? text(r, o, at, "variant", 40) : null;
        return new LibraryEntry(path, name, category, kit, song, loop, tempo, beatsPerBar, bars, key, description,
                variant);
    }

    /** {@code kit} (loops only) or {@code song} (stems only): a name, or null when absent. */
    private static String belongsTo(StrictReader r, Json.Obj o, String at, String key, boolean allowed)
            throws JsonFormatException {
        if (!o.fields().containsKey(key)) {
            return null;
        }
        if (!allowed) {
            throw r.error(o.fields().get(key), at + "." + key, "is given for " + (key.equals("kit")
                    ? "a stem (loop false); a stem names its \"song\", a loop its \"kit\""
                    : "a loop (loop true); a loop names its \"kit\", a stem its \"song\""));
        }
        return text(r, o, at, key, MAX_NAME);
    }

    /** A required string of 1 to {@code max} characters, not all blank. */
    private static String text(StrictReader r, Json.Obj o, String at, String key, int max)
            throws JsonFormatException {
        Json node = r.required(o, at, key);
        String s = r.string(node, at + "." + key);
        if (s.isBlank() || s.length() > max) {
            throw r.error(node, at + "." + key, "is \"" + s + "\"; allowed 1 to " + max + " characters");
        }
        return s;
    }

    /**
     * The app's library with the user's own after it: each user entry's path (relative to the user's library
     * folder) gains the {@code user/} prefix, the sample path by which {@link SampleStore} finds it.
     */
    public static SampleLibrary withUserLibrary(SampleLibrary app, SampleLibrary user) {
        List<LibraryEntry> all = new ArrayList<>(app.entries);
        for (LibraryEntry e : user.entries) {
            all.add(asUser(e));
        }
        return new SampleLibrary(all);
    }

    /** A library with one more entry after the others (an entry for the same path replaces it). */
    public SampleLibrary with(LibraryEntry entry) {
        List<LibraryEntry> all = new ArrayList<>(entries);
        all.removeIf(e -> e.path().equals(entry.path()));
        all.add(entry);
        return new SampleLibrary(all);
    }

    /** A user library's entry as the app sees it: its path under {@code user/}. */
    public static LibraryEntry asUser(LibraryEntry e) {
        return new LibraryEntry(SampleStore.USER_PREFIX + e.path(), e.name(), e.category(), e.kit(), e.song(),
                e.loop(), e.tempo(), e.beatsPerBar(), e.bars(), e.key(), e.description(), e.variant());
    }

    public List<LibraryEntry> entries() {
        return entries;
    }

    public Optional<LibraryEntry> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The loops, in file order. */
    public List<LibraryEntry> loops() {
        return entries.stream().filter(LibraryEntry::loop).toList();
    }

    /** The stems of one song, in file order. */
    public List<LibraryEntry> stems(String song) {
        return entries.stream().filter(e -> !e.loop() && song.equals(e.song())).toList();
    }

    /** The loop kits, in the order they first appear. */
    public List<String> kits() {
        return distinct(entries.stream().map(LibraryEntry::kit).toList());
    }

    /** The multitrack songs, in the order they first appear. */
    public List<String> songs() {
        return distinct(entries.stream().map(LibraryEntry::song).toList());
    }

    /** Every category used, in the order they first appear. */
    public List<String> categories() {
        return distinct(entries.stream().map(LibraryEntry::category).toList());
    }

    private static List<String> distinct(List<String> names) {
        Set<String> set = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null) {
                set.add(n);
            }
        }
        return List.copyOf(set);
    }
}
