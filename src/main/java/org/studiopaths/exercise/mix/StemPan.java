package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;
import java.util.List;

/**
 * {@code stem-pan}: each track sits where it does in the reference, between the speakers. A stem's position
 * comes from its left/right energy (see {@link StemAnalysis#position()}, -1 left to +1 right); full credit within
 * {@code tolerance}, none from {@code zeroCredit}, linear between.
 */
public final class StemPan extends StemCriterion {

    public static final String TYPE = "stem-pan";
    public static final double DEFAULT_TOLERANCE = 0.1;
    public static final double DEFAULT_ZERO_CREDIT = 0.5;

    private final double tolerance;
    private final double zeroCredit;

    public StemPan(String id, List<String> tracks, double tolerance, double zeroCredit) {
        super(id, tracks);
        this.tolerance = tolerance;
        this.zeroCredit = zeroCredit;
    }

    /** Fields: {@code tracks} (all), {@code tolerance} (0.1), {@code zeroCredit} (0.5), in pan units. */
    public static StemPan parse(CriterionSpec spec) throws JsonFormatException {
        List<String> tracks = MixSpecs.tracks(spec);
        double[] t = MixSpecs.toleranceAndZero(spec, "tolerance", DEFAULT_TOLERANCE, "zeroCredit",
                DEFAULT_ZERO_CREDIT, 2, "");
        return new StemPan(spec.id(), tracks, t[0], t[1]);
    }

    @Override
    public String goal() {
        return (tracks().isEmpty() ? "Each track sits" : MixWords.sits(whichTracks()))
                + " where it does in the reference, between the speakers";
    }

    @Override
    Verdict judge(MixComparison comparison, MixComparison.TrackComparison t) {
        double d = t.positionDifference();
        if (Math.abs(d) <= tolerance) {
            return Verdict.GOOD;
        }
        String problem = MixWords.sits(t.track()) + " further " + (d < 0 ? "left" : "right")
                + " than in the reference: pan it " + (d < 0 ? "right" : "left");
        return new Verdict(MixWords.credit(d, tolerance, zeroCredit), Math.abs(d) / zeroCredit * 6, problem);
    }

    @Override
    String passMessage() {
        return (tracks().isEmpty() ? "Every track sits" : MixWords.sits(whichTracks()))
                + " where it does in the reference";
    }
}
