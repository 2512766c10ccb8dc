package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.exercise.RenderedMix;
import org.studiopaths.model.json.JsonFormatException;
import java.util.List;

/**
 * {@code stem-tone}: each track's tone matches the reference's, octave band by octave band (ten bands,
 * 31.5 Hz to 16 kHz, the stem's own level taken out; see {@link MixComparison}). The band furthest off is
 * judged: full credit within {@code toleranceDb}, none from {@code zeroCreditDb}, linear between.
 */
public final class StemTone extends StemCriterion {

    public static final String TYPE = "stem-tone";
    public static final double DEFAULT_TOLERANCE_DB = 3;
    public static final double DEFAULT_ZERO_CREDIT_DB = 9;
    /** Bands up to this one (63 Hz) are where a high-pass filter is the tool for "too much". */
    private static final int HIGH_PASS_BANDS = 1;

    private final double toleranceDb;
    private final double zeroCreditDb;

    public StemTone(String id, List<String> tracks, double toleranceDb, double zeroCreditDb) {
        super(id, tracks);
        this.toleranceDb = toleranceDb;
        this.zeroCreditDb = zeroCreditDb;
    }

    /** Fields: {@code tracks} (all), {@code toleranceDb} (3), {@code zeroCreditDb} (9). */
    public static StemTone parse(CriterionSpec spec) throws JsonFormatException {
        List<String> tracks = MixSpecs.tracks(spec);
        double[] t = MixSpecs.toleranceAndZero(spec, "toleranceDb", DEFAULT_TOLERANCE_DB, "zeroCreditDb",
                DEFAULT_ZERO_CREDIT_DB, 24, " dB");
        return new StemTone(spec.id(), tracks, t[0], t[1]);
    }

    @Override
    public String goal() {
        return (tracks().isEmpty() ? "Each track's tone" : whichTracks() + ": the tone")
                + " matches the reference in every octave (within " + MixWords.oneDecimal(toleranceDb) + " dB)";
    }

    @Override
    public void measureReference(RenderedMix reference) {
        super.measureReference(reference);
        MixAnalysis.bandsDb(reference);
    }

    @Override
    Verdict judge(MixComparison comparison, MixComparison.TrackComparison t) {
        MixComparison.Tone tone = comparison.tone(t.track()).orElseThrow();
        if (tone.worstBand() < 0) {
            return Verdict.GOOD;
        }
        double d = tone.worstBandDb();
        if (Math.abs(d) <= toleranceDb) {
            return Verdict.GOOD;
        }
        String name = t.track();
        String where = BandLabels.of(tone.worstBand());
        String todo = d > 0
                ? (tone.worstBand() <= HIGH_PASS_BANDS ? "cut there (a high-pass filter does it)" : "cut there")
                : "boost there";
        String problem = MixWords.has(name) + " about " + Math.round(Math.abs(d)) + " dB " + (d > 0 ? "more" : "less")
                + " around " + where + " than the reference: " + todo;
        return new Verdict(MixWords.credit(d, toleranceDb, zeroCreditDb), Math.abs(d), problem);
    }

    @Override
    String passMessage() {
        return (tracks().isEmpty() ? "Every track's tone" : whichTracks() + ": the tone")
                + " matches the reference within " + MixWords.oneDecimal(toleranceDb) + " dB in every octave";
    }
}
