package org.studiopaths.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.model.Section;
import org.studiopaths.model.Track;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes project files ({@code spec/project-format.md}) with every rule of the spec checked and
 * one-line messages: {@code song.json:14:22: tracks[1].pan is 3.0; allowed -1 to +1}.
 */
public final class ProjectJson {

    private static final Set<String> TOP = ordered("format", "title", "tempo", "beatsPerBar", "tracks", "master",
            "sections");
    private static final Set<String> TRACK = ordered("name", "gainDb", "pan", "mute", "solo", "eq", "clips");
    private static final Set<String> EQ = ordered("highPassHz", "low", "mid", "high");
    private static final Set<String> SHELF = ordered("freqHz", "gainDb");
    private static final Set<String> PEAK = ordered("freqHz", "gainDb", "q");
    private static final Set<String> CLIP = ordered("sample", "startBar", "lengthBars", "offsetBars", "gainDb",
            "loop");
    private static final Set<String> MASTER = ordered("gainDb");
    private static final Set<String> SECTION = ordered("name", "startBar");
    private static final double GRID_TOLERANCE = 1e-6;

    private ProjectJson() {
    }

    /** Parses a project document; {@code fileName} is used in messages. */
    public static Project parse(String text, String fileName) throws JsonFormatException {
        StrictReader r = new StrictReader(fileName);
        Json.Obj root = r.object(Json.parse(text, fileName), "the document");
        r.onlyFields(root, "", TOP);
        Json format = r.required(root, "", "format");
        String f = r.string(format, "format");
        if (!Project.FORMAT.equals(f)) {
            throw r.error(format, "format", "is \"" + f + "\"; allowed \"" + Project.FORMAT + "\"");
        }
        String title = r.string(root, "", "title", "");
        double tempo = r.numberIn(root, "", "tempo", null, 40, 240, "40 to 240");
        Json bpbNode = root.fields().get("beatsPerBar");
        int beatsPerBar = 4;
        if (bpbNode != null) {
            beatsPerBar = r.integer(bpbNode, "beatsPerBar");
            if (beatsPerBar < 2 || beatsPerBar > 7) {
                throw r.error(bpbNode, "beatsPerBar", "is " + beatsPerBar + "; allowed 2 to 7");
            }
        }
        List<Track> tracks = new ArrayList<>();
        List<Json> trackNodes = r.items(r.required(root, "", "tracks"), "tracks", Project.MAX_TRACKS);
        for (int i = 0; i < trackNodes.size(); i++) {
            tracks.add(track(r, trackNodes.get(i), "tracks[" + i + "]", beatsPerBar));
        }
        Master master = Master.UNITY;
        Json masterNode = root.fields().get("master");
        if (masterNode != null) {
            Json.Obj m = r.object(masterNode, "master");
            r.onlyFields(m, "master", MASTER);
            master = new Master(r.numberIn(m, "master", "gainDb", 0.0, Double.NEGATIVE_INFINITY, 12,
                    "at most +12"));
        }
        List<Section> sections = new ArrayList<>();
        Json sectionsNode = root.fields().get("sections");
        if (sectionsNode != null) {
            List<Json> items = r.items(sectionsNode, "sections", 256);
            for (int i = 0; i < items.size(); i++) {
                String path = "sections[" + i + "]";
                Json.Obj s = r.object(items.get(i), path);
                r.onlyFields(s, path, SECTION);
                String name = r.string(r.required(s, path, "name"), path + ".name");
                if (name.isBlank() || name.length() > 40) {
                    throw r.error(s.fields().get("name"), path + ".name", "is \"" + name
                            + "\"; allowed 1 to 40 characters");
                }
                double start = onGrid(r, s, path, "startBar", beatsPerBar, 1, "at least 1");
                sections.add(new Section(name, start));
            }
        }
        return new Project(title, tempo, beatsPerBar, tracks, master, sections);
    }

    private static Track track(StrictReader r, Json node, String path, int beatsPerBar) throws JsonFormatException {
        Json.Obj t = r.object(node, path);
        r.onlyFields(t, path, TRACK);
        Json nameNode = r.required(t, path, "name");
        String name = r.string(nameNode, path + ".name");
        if (name.isEmpty() || name.length() > Track.MAX_NAME_LENGTH) {
            throw r.error(nameNode, path + ".name", "is \"" + name + "\" (" + name.length()
                    + " characters); allowed 1 to 40 characters");
        }
        double gain = r.numberIn(t, path, "gainDb", 0.0, Double.NEGATIVE_INFINITY, 12, "at most +12");
        double pan = r.numberIn(t, path, "pan", 0.0, -1, 1, "-1 to +1");
        boolean mute = r.bool(t, path, "mute", false);
        boolean solo = r.bool(t, path, "solo", false);
        Eq eq = Eq.FLAT;
        Json eqNode = t.fields().get("eq");
        if (eqNode != null) {
            eq = eq(r, eqNode, path + ".eq");
        }
        List<Clip> clips = new ArrayList<>();
        Json clipsNode = t.fields().get("clips");
        if (clipsNode != null) {
            List<Json> items = r.items(clipsNode, path + ".clips", 10_000);
            for (int i = 0; i < items.size(); i++) {
                clips.add(clip(r, items.get(i), path + ".clips[" + i + "]", beatsPerBar));
            }
        }
        return new Track(name, gain, pan, mute, solo, eq, clips);
    }

    private static Eq eq(StrictReader r, Json node, String path) throws JsonFormatException {
        Json.Obj e = r.object(node, path);
        r.onlyFields(e, path, EQ);
        Json hpNode = e.fields().get("highPassHz");
        double hp = 0;
        if (hpNode != null) {
            hp = r.number(hpNode, path + ".highPassHz");
            if (hp != 0 && (hp < 20 || hp > 2000)) {
                throw r.error(hpNode, path + ".highPassHz", "is " + ((Json.Num) hpNode).text()
                        + "; allowed 0 (off) or 20 to 2000");
            }
        }
        Eq.Band low = band(r, e, path, "low", SHELF, Eq.LOW_FLAT, 20, 1000);
        Eq.Band mid = band(r, e, path, "mid", PEAK, Eq.MID_FLAT, 100, 10000);
        Eq.Band high = band(r, e, path, "high", SHELF, Eq.HIGH_FLAT, 1000, 20000);
        return new Eq(hp, low, mid, high);
    }

    private static Eq.Band band(StrictReader r, Json.Obj eq, String eqPath, String key, Set<String> fields,
                                Eq.Band flat, double minHz, double maxHz) throws JsonFormatException {
        Json node = eq.fields().get(key);
        if (node == null) {
            return flat;
        }
        String path = eqPath + "." + key;
        Json.Obj b = r.object(node, path);
        r.onlyFields(b, path, fields);
        double freq = r.numberIn(b, path, "freqHz", flat.freqHz(), minHz, maxHz,
                fmt(minHz) + " to " + fmt(maxHz));
        double gain = r.numberIn(b, path, "gainDb", 0.0, -24, 24, "-24 to +24");
        double q = fields.contains("q") ? r.numberIn(b, path, "q", 1.0, 0.1, 10, "0.1 to 10") : 1.0;
        return new Eq.Band(freq, gain, q);
    }

    private static Clip clip(StrictReader r, Json node, String path, int beatsPerBar) throws JsonFormatException {
        Json.Obj c = r.object(node, path);
        r.onlyFields(c, path, CLIP);
        Json sampleNode = r.required(c, path, "sample");
        String sample = r.string(sampleNode, path + ".sample");
        String problem = SamplePaths.problem(sample);
        if (problem != null) {
            throw r.error(sampleNode, path + ".sample", "is \"" + sample + "\": " + problem);
        }
        double start = onGrid(r, c, path, "startBar", beatsPerBar, 1, "at least 1");
        double length = onGrid(r, c, path, "lengthBars", beatsPerBar, Double.MIN_VALUE, "more than 0");
        double offset = r.numberIn(c, path, "offsetBars", 0.0, 0, Double.MAX_VALUE, "at least 0");
        double gain = r.numberIn(c, path, "gainDb", 0.0, Double.NEGATIVE_INFINITY, 12, "at most +12");
        boolean loop = r.bool(c, path, "loop", true);
        return new Clip(sample, start, length, offset, gain, loop);
    }

    /** A required bar position: at least {@code min}, in steps of one beat. */
    private static double onGrid(StrictReader r, Json.Obj obj, String path, String key, int beatsPerBar,
                                 double min, String allowed) throws JsonFormatException {
        Json node = r.required(obj, path, key);
        double v = r.number(node, StrictReader.join(path, key));
        String text = ((Json.Num) node).text();
        if (v < min) {
            throw r.error(node, StrictReader.join(path, key), "is " + text + "; allowed " + allowed
                    + ", in steps of one beat");
        }
        double beats = v * beatsPerBar;
        if (Math.abs(beats - Math.rint(beats)) > GRID_TOLERANCE) {
            throw r.error(node, StrictReader.join(path, key), "is " + text
                    + ", which is not on a beat; allowed steps of one beat (1/" + beatsPerBar + " bar)");
        }
        return v;
    }

    /** The project as a pretty-printed document in the spec's field order. */
    public static String write(Project p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("format", Project.FORMAT);
            g.writeStringField("title", p.title());
            g.writeFieldName("tempo");
            number(g, p.tempo());
            g.writeNumberField("beatsPerBar", p.beatsPerBar());
            g.writeArrayFieldStart("tracks");
            for (Track t : p.tracks()) {
                writeTrack(g, t);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("master");
            g.writeFieldName("gainDb");
            number(g, p.master().gainDb());
            g.writeEndObject();
            if (!p.sections().isEmpty()) {
                g.writeArrayFieldStart("sections");
                for (Section s : p.sections()) {
                    g.writeStartObject();
                    g.writeStringField("name", s.name());
                    g.writeFieldName("startBar");
                    number(g, s.startBar());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeTrack(JsonGenerator g, Track t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeFieldName("gainDb");
        number(g, t.gainDb());
        g.writeFieldName("pan");
        number(g, t.pan());
        g.writeBooleanField("mute", t.mute());
        g.writeBooleanField("solo", t.solo());
        Eq eq = t.eq();
        g.writeObjectFieldStart("eq");
        g.writeFieldName("highPassHz");
        number(g, eq.highPassHz());
        writeBand(g, "low", eq.low(), false);
        writeBand(g, "mid", eq.mid(), true);
        writeBand(g, "high", eq.high(), false);
        g.writeEndObject();
        g.writeArrayFieldStart("clips");
        for (Clip c : t.clips()) {
            g.writeStartObject();
            g.writeStringField("sample", c.sample());
            g.writeFieldName("startBar");
            number(g, c.startBar());
            g.writeFieldName("lengthBars");
            number(g, c.lengthBars());
            if (c.offsetBars() != 0) {
                g.writeFieldName("offsetBars");
                number(g, c.offsetBars());
            }
            if (c.gainDb() != 0) {
                g.writeFieldName("gainDb");
                number(g, c.gainDb());
            }
            if (!c.loop()) {
                g.writeBooleanField("loop", false);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeBand(JsonGenerator g, String name, Eq.Band b, boolean withQ) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeFieldName("freqHz");
        number(g, b.freqHz());
        g.writeFieldName("gainDb");
        number(g, b.gainDb());
        if (withQ) {
            g.writeFieldName("q");
            number(g, b.q());
        }
        g.writeEndObject();
    }

    /** Whole numbers without ".0"; others exactly (shortest representation that reads back equal). */
    private static void number(JsonGenerator g, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
