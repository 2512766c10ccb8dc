package org.studiopaths.exercise;

import org.studiopaths.model.Clip;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.model.Section;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.StrictReader;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds criteria, projects and library facts for tests. */
public final class TestCriteria {

    /** A small library: drums (no key), bass in A minor, keys in C major and E minor, a pad in F# minor. */
    public static final SampleFacts FACTS = new MapFacts(Map.of(
            "loops/drums/beat.wav", new SampleFacts.Facts("drums", null, 100, 1),
            "loops/drums/fill.wav", new SampleFacts.Facts("drums", null, 100, 1),
            "loops/bass/bass-am.wav", new SampleFacts.Facts("bass", "A minor", 100, 2),
            "loops/keys/keys-c.wav", new SampleFacts.Facts("keys", "C major", 100, 2),
            "loops/keys/keys-em.wav", new SampleFacts.Facts("keys", "E minor", 100, 2),
            "loops/pad/pad-fsm.wav", new SampleFacts.Facts("pad", "F#m", 100, 4)));

    private TestCriteria() {
    }

    /** Parses one criterion entry, e.g. {@code {"id":"x","type":"uses","category":"bass"}}. */
    public static Criterion parse(String json) throws JsonFormatException {
        StrictReader r = new StrictReader("test.json");
        Json.Obj node = r.object(Json.parse(json, "test.json"), "criteria[0]");
        String id = r.string(r.required(node, "criteria[0]", "id"), "criteria[0].id");
        String type = r.string(r.required(node, "criteria[0]", "type"), "criteria[0].type");
        return CriterionTypes.parse(new CriterionSpec(r, node, "criteria[0]", id, type));
    }

    public static Criterion criterion(String json) {
        try {
            return parse(json);
        } catch (JsonFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The message a bad entry is refused with. */
    public static String refusal(String json) {
        try {
            parse(json);
        } catch (JsonFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    public static CriterionResult judge(Criterion c, Project p) {
        return c.evaluate(context(p));
    }

    public static CheckContext context(Project p) {
        return new CheckContext() {
            public Project project() { return p; }
            public Project reference() { return p; }
            public SampleFacts samples() { return FACTS; }
            public RenderedMix learnerMix() { throw new AssertionError("no audio in model tests"); }
            public RenderedMix referenceMix() { throw new AssertionError("no audio in model tests"); }
        };
    }

    public static Project song(double tempo, List<Section> sections, Track... tracks) {
        return new Project("test", tempo, 4, Arrays.asList(tracks), Master.UNITY, sections);
    }

    public static Project song(Track... tracks) {
        return song(100, List.of(), tracks);
    }

    public static Track track(String name, Clip... clips) {
        return Track.named(name).withClips(Arrays.asList(clips));
    }

    public static Clip clip(String sample, double startBar, double lengthBars) {
        return Clip.of(sample, startBar, lengthBars);
    }

    public static Section section(String name, double startBar) {
        return new Section(name, startBar);
    }

    record MapFacts(Map<String, SampleFacts.Facts> map) implements SampleFacts {
        @Override
        public Optional<Facts> facts(String samplePath) {
            return Optional.ofNullable(map.get(samplePath));
        }
    }
}
