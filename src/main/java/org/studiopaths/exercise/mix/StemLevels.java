package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;
import java.util.List;

/**
 * {@code stem-levels}: each track sits in the mix as loud as in the reference. A track's level is its stem's
 * integrated loudness, with the overall level difference between the two mixes taken out (see
 * {@link MixComparison}); full credit within {@code toleranceDb}, none from {@code zeroCreditDb}, linear between.
 */
public final class StemLevels extends StemCriterion {

    public static final String TYPE = "stem-levels";
    public static final double DEFAULT_TOLERANCE_DB = 1.5;
    public static final double DEFAULT_ZERO_CREDIT_DB = 6;

    private final double toleranceDb;
    private final double zeroCreditDb;

    public StemLevels(String id, List<String> tracks, double toleranceDb, double zeroCreditDb) {
        super(id, tracks);
        this.toleranceDb = toleranceDb;
        this.zeroCreditDb = zeroCreditDb;
    }

    /** Fields: {@code tracks} (all), {@code toleranceDb} (1.5), {@code zeroCreditDb} (6). */
    public static StemLevels parse(CriterionSpec spec) throws JsonFormatException {
        List<String> tracks = MixSpecs.tracks(spec);
        double[] t = MixSpecs.toleranceAndZero(spec, "toleranceDb", DEFAULT_TOLERANCE_DB, "zeroCreditDb",
                DEFAULT_ZERO_CREDIT_DB, 24, " dB");
        return new StemLevels(spec.id(), tracks, t[0], t[1]);
    }

    @Override
    public String goal() {
        return whichTracks() + " at the reference's level in the mix (within " + MixWords.oneDecimal(toleranceDb)
                + " dB)";
    }

    @Override
    Verdict judge(MixComparison comparison, MixComparison.TrackComparison t) {
        double d = t.levelDb();
        if (Math.abs(d) <= toleranceDb) {
            return Verdict.GOOD;
        }
        String name = t.track();
        String problem = MixWords.is(name) + " " + MixWords.oneDecimal(Math.abs(d)) + " dB "
                + (d > 0 ? "louder" : "quieter") + " than in the reference: "
                + (d > 0 ? "pull " + MixWords.its(name) + " fader down" : "push " + MixWords.its(name) + " fader up");
        return new Verdict(MixWords.credit(d, toleranceDb, zeroCreditDb), Math.abs(d), problem);
    }

    @Override
    String passMessage() {
        return (tracks().isEmpty() ? "Every track sits" : MixWords.sits(whichTracks())) + " within "
                + MixWords.oneDecimal(toleranceDb) + " dB of the reference's balance";
    }
}
