package org.studiopaths.exercise.production;

import org.studiopaths.exercise.SampleFacts;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a production goal asks of an arrangement: which heard clips sound where, of which category, and where
 * the sections lie. A clip counts as sounding over its whole length; clips on muted (or not soloed) tracks
 * are not heard and do not count.
 */
final class Arrangement {

    private final Project project;
    private final SampleFacts facts;
    private final List<Clip> heard = new ArrayList<>();

    Arrangement(Project project, SampleFacts facts) {
        this.project = project;
        this.facts = facts;
        for (int t = 0; t < project.tracks().size(); t++) {
            if (project.isAudible(t)) {
                heard.addAll(project.tracks().get(t).clips());
            }
        }
    }

    Project project() {
        return project;
    }

    List<Clip> heardClips() {
        return heard;
    }

    List<Clip> heardClipsIn(double from, double to) {
        List<Clip> out = new ArrayList<>();
        for (Clip c : heard) {
            if (c.overlaps(from, to)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The library category of a clip's sample, lower case; empty for a sample the library does not know. */
    Optional<String> category(Clip c) {
        return facts.facts(c.sample()).map(f -> f.category() == null ? "" : f.category().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
    }

    Optional<MusicalKey> key(Clip c) {
        return facts.facts(c.sample()).flatMap(f -> MusicalKey.parse(f.key()));
    }

    Set<String> categoriesIn(double from, double to) {
        Set<String> out = new LinkedHashSet<>();
        for (Clip c : heardClipsIn(from, to)) {
            category(c).ifPresent(out::add);
        }
        return out;
    }

    /** Layers: how many different loops are heard somewhere in [from, to). */
    int layersIn(double from, double to) {
        Set<String> samples = new LinkedHashSet<>();
        for (Clip c : heardClipsIn(from, to)) {
            samples.add(c.sample());
        }
        return samples.size();
    }

    /** The mean layer count over whole bars of the ranges, weighted by length. */
    double meanLayers(List<BarRange> ranges) {
        double sum = 0;
        double length = 0;
        for (BarRange r : ranges) {
            for (BarRange.Piece p : r.pieces()) {
                sum += layersIn(p.from(), p.to()) * (p.to() - p.from());
                length += p.to() - p.from();
            }
        }
        return length == 0 ? 0 : sum / length;
    }

    /** Sections sorted by start bar. */
    List<Section> sections() {
        List<Section> s = new ArrayList<>(project.sections());
        s.sort(Comparator.comparingDouble(Section::startBar));
        return s;
    }

    /**
     * Every section with this name (case-insensitive) as bars: from its marker to the next marker, or to the end
     * of the song (so a section placed after the last clip is empty).
     */
    List<BarRange> sectionRanges(String name) {
        List<Section> s = sections();
        List<BarRange> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).name().equalsIgnoreCase(name)) {
                double end = i + 1 < s.size() ? s.get(i + 1).startBar() : Math.max(project.endBar(), s.get(i).startBar());
                out.add(new BarRange(s.get(i).startBar(), end));
            }
        }
        return out;
    }
}
