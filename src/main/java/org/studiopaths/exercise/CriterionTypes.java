package org.studiopaths.exercise;

import org.studiopaths.exercise.production.CategoriesAbsent;
import org.studiopaths.exercise.production.CategoriesPresent;
import org.studiopaths.exercise.production.ClipsOnGrid;
import org.studiopaths.exercise.production.EnergyRises;
import org.studiopaths.exercise.production.KeysAgree;
import org.studiopaths.exercise.production.LayerCount;
import org.studiopaths.exercise.production.NoSilentGaps;
import org.studiopaths.exercise.production.ProjectTempo;
import org.studiopaths.exercise.production.SectionOrder;
import org.studiopaths.exercise.production.SongLength;
import org.studiopaths.exercise.production.TrackCount;
import org.studiopaths.exercise.production.Uses;
import org.studiopaths.model.json.JsonFormatException;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The criterion types an exercise file may name, each with its parser. Filled in one place below: a new
 * type is one {@code register} line (and a section in {@code exercises/README.md}, which a test checks).
 */
public final class CriterionTypes {

    /** Reads a criterion of one type from its entry in the exercise file. */
    @FunctionalInterface
    public interface Parser {
        Criterion parse(CriterionSpec spec) throws JsonFormatException;
    }

    private static final Map<String, Parser> TYPES = new TreeMap<>();

    static {
        // production: judged on the arrangement alone (no audio)
        register("section-includes", CategoriesPresent::parse);
        register("section-excludes", CategoriesAbsent::parse);
        register("layer-count", LayerCount::parse);
        register("energy-rises", EnergyRises::parse);
        register("section-order", SectionOrder::parse);
        register("song-length", SongLength::parse);
        register("clips-on-grid", ClipsOnGrid::parse);
        register("no-silent-gaps", NoSilentGaps::parse);
        register("keys-agree", KeysAgree::parse);
        register("project-tempo", ProjectTempo::parse);
        register("uses", Uses::parse);
        register("track-count", TrackCount::parse);
        // engineering: judged on rendered audio (org.studiopaths.exercise.mix)
    }

    private CriterionTypes() {
    }

    public static synchronized void register(String type, Parser parser) {
        if (TYPES.putIfAbsent(type, parser) != null) {
            throw new IllegalStateException("criterion type \"" + type + "\" is registered twice");
        }
    }

    /** The type names, sorted. */
    public static synchronized Set<String> names() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(TYPES.keySet()));
    }

    /** Parses the entry with its type's parser, then refuses fields the parser did not ask for. */
    static Criterion parse(CriterionSpec spec) throws JsonFormatException {
        Parser parser;
        synchronized (CriterionTypes.class) {
            parser = TYPES.get(spec.type());
        }
        if (parser == null) {
            throw spec.error("type", "is \"" + spec.type() + "\"; allowed: " + String.join(", ", names()));
        }
        Criterion c = parser.parse(spec);
        spec.refuseUnknownFields();
        return c;
    }
}
