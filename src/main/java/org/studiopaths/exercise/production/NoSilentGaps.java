package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.Clip;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code no-silent-gaps}: from bar 1 to the end of the song, nothing is silent for longer than {@code maxBars}
 * (a stretch where no heard clip plays). An empty song fails.
 */
public final class NoSilentGaps extends ProductionCriterion {

    private final double maxBars;

    NoSilentGaps(String id, double maxBars) {
        super(id);
        this.maxBars = maxBars;
    }

    public static NoSilentGaps parse(CriterionSpec spec) throws JsonFormatException {
        return new NoSilentGaps(spec.id(), spec.number("maxBars", 0, 10_000, "0 or more"));
    }

    @Override
    public String goal() {
        return maxBars == 0 ? "No silent gaps in the song" : "No silence longer than " + Words.bars(maxBars);
    }

    @Override
    CriterionResult judge(Arrangement a) {
        List<Clip> clips = new ArrayList<>(a.heardClips());
        if (clips.isEmpty()) {
            return fail(0, "Nothing plays yet: drag loops onto the timeline, starting at bar 1.");
        }
        clips.sort(Comparator.comparingDouble(Clip::startBar));
        List<BarRange> gaps = new ArrayList<>();
        double covered = 1;
        for (Clip c : clips) {
            if (c.startBar() - covered > maxBars + 1e-9) {
                gaps.add(new BarRange(covered, c.startBar()));
            }
            covered = Math.max(covered, c.endBar());
        }
        if (gaps.isEmpty()) {
            return pass("Something plays all the way through.");
        }
        double silent = gaps.stream().mapToDouble(BarRange::length).sum();
        List<String> where = gaps.stream().map(g -> g.describe() + " (" + Words.bars(g.length()) + ")").toList();
        return fail(1 - silent / (covered - 1), "Nothing plays in " + Words.and(where) + "; keep silences to "
                + (maxBars == 0 ? "none" : "at most " + Words.bars(maxBars))
                + ": fill the gap or move the later clips earlier.");
    }
}
