package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CheckContext;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.RenderedMix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A goal judged track by track against the reference mix. This class finds the tracks, handles a track that is
 * missing or heard in one mix only, and turns the per-track verdicts into one result: it passes when every
 * judged track is within tolerance, its credit is the mean of the tracks' credits, and its message names the
 * track that is furthest off.
 */
abstract class StemCriterion extends MixCriterion {

    @Override
    public boolean needsReference() {
        return true;
    }

    @Override
    public void measureReference(RenderedMix reference) {
        MixAnalysis.stems(reference);
    }

    /** How one track did: credit 0 to 1, and when out of tolerance how bad (for naming the worst) and what to do. */
    record Verdict(double credit, double badness, String problem) {
        static final Verdict GOOD = new Verdict(1, 0, null);

        boolean ok() {
            return problem == null;
        }
    }

    private final List<String> tracks;

    /** @param tracks the names of the tracks to judge; empty for all of the reference's tracks */
    StemCriterion(String id, List<String> tracks) {
        super(id);
        this.tracks = List.copyOf(tracks);
    }

    List<String> tracks() {
        return tracks;
    }

    /** "Each track" or "Bass and Keys" / "Bass, Keys and Drums", for goals. */
    String whichTracks() {
        if (tracks.isEmpty()) {
            return "Each track";
        }
        if (tracks.size() == 1) {
            return tracks.get(0);
        }
        return String.join(", ", tracks.subList(0, tracks.size() - 1)) + " and " + tracks.get(tracks.size() - 1);
    }

    /** Judges a track heard in both mixes. */
    abstract Verdict judge(MixComparison comparison, MixComparison.TrackComparison track);

    /** The message when every judged track is within tolerance. */
    abstract String passMessage();

    @Override
    public final CriterionResult evaluate(CheckContext context) {
        MixComparison comparison = MixComparison.of(context.learnerMix(), context.referenceMix());
        List<String> names = tracks.isEmpty() ? context.referenceMix().trackNames() : tracks;
        List<Verdict> verdicts = new ArrayList<>();
        for (String name : names) {
            verdicts.add(verdict(comparison, name));
        }
        List<Verdict> off = verdicts.stream().filter(v -> !v.ok())
                .sorted(Comparator.comparingDouble(Verdict::badness).reversed()).toList();
        if (off.isEmpty()) {
            return CriterionResult.pass(id(), passMessage());
        }
        double credit = verdicts.stream().mapToDouble(Verdict::credit).average().orElse(0);
        String message = off.get(0).problem();
        if (off.size() == 2) {
            message += " (1 more track is off too)";
        } else if (off.size() > 2) {
            message += " (" + (off.size() - 1) + " more tracks are off too)";
        }
        return CriterionResult.fail(id(), credit, message);
    }

    private Verdict verdict(MixComparison comparison, String name) {
        Optional<MixComparison.TrackComparison> found = comparison.track(name);
        if (found.isEmpty()) {
            return new Verdict(0, Double.MAX_VALUE,
                    "There is no track called " + name + " in your mix: the reference has one; add it back");
        }
        MixComparison.TrackComparison t = found.get();
        if (t.learner().silent() && t.reference().silent()) {
            return Verdict.GOOD;
        }
        if (t.learner().silent()) {
            return new Verdict(0, Double.MAX_VALUE, MixWords.is(name)
                    + " silent in your mix but plays in the reference: unmute it or raise " + MixWords.its(name)
                    + " fader");
        }
        if (t.reference().silent()) {
            return new Verdict(0, Double.MAX_VALUE, MixWords.is(name)
                    + " heard in your mix but silent in the reference: mute it");
        }
        return judge(comparison, t);
    }
}
