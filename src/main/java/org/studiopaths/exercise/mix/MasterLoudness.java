package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.exercise.CheckContext;
import org.studiopaths.exercise.CriterionResult;

import java.util.OptionalDouble;

/**
 * {@code master-loudness}: the master's integrated loudness (BS.1770-4, EBU R 128 gating) is within
 * {@code toleranceLu} of {@code targetLufs}. Credit falls linearly to 0 at {@code zeroCreditLu} from the target.
 */
public final class MasterLoudness extends MixCriterion {

    public static final String TYPE = "master-loudness";
    public static final double DEFAULT_TARGET_LUFS = -14;
    public static final double DEFAULT_TOLERANCE_LU = 1;
    /** Beyond the tolerance, credit reaches 0 this much further from the target. */
    public static final double ZERO_CREDIT_BEYOND_TOLERANCE_LU = 5;

    private final double targetLufs;
    private final double toleranceLu;
    private final double zeroCreditLu;

    public MasterLoudness(String id, double targetLufs, double toleranceLu, double zeroCreditLu) {
        super(id);
        this.targetLufs = targetLufs;
        this.toleranceLu = toleranceLu;
        this.zeroCreditLu = zeroCreditLu;
    }

    /** Fields: {@code targetLufs} (-14), {@code toleranceLu} (1), {@code zeroCreditLu} (tolerance + 5). */
    public static MasterLoudness parse(CriterionSpec spec) throws JsonFormatException {
        double target = spec.optionalNumber("targetLufs", -60, 0, "-60 to 0 LUFS").orElse(DEFAULT_TARGET_LUFS);
        double tolerance = spec.optionalNumber("toleranceLu", 0, 12, "0 to 12 LU").orElse(DEFAULT_TOLERANCE_LU);
        double[] t = MixSpecs.toleranceAndZero(spec, "toleranceLu", tolerance, "zeroCreditLu",
                tolerance + ZERO_CREDIT_BEYOND_TOLERANCE_LU, 24, " LU");
        return new MasterLoudness(spec.id(), target, t[0], t[1]);
    }

    @Override
    public String goal() {
        return "The mix measures " + target() + " integrated";
    }

    private String target() {
        return MixWords.oneDecimal(targetLufs) + " ±" + MixWords.oneDecimal(toleranceLu) + " LUFS";
    }

    @Override
    public CriterionResult evaluate(CheckContext context) {
        OptionalDouble measured = MixAnalysis.integratedLufs(context.learnerMix());
        if (measured.isEmpty()) {
            return CriterionResult.fail(id(), 0, "The mix is silent, so it has no loudness: unmute some tracks or"
                    + " raise their faders");
        }
        double lufs = measured.getAsDouble();
        double off = lufs - targetLufs;
        String reading = "The mix measures " + MixWords.oneDecimal(lufs) + " LUFS";
        if (Math.abs(off) <= toleranceLu) {
            return CriterionResult.pass(id(), reading + ", within " + target());
        }
        String by = MixWords.oneDecimal(Math.abs(off));
        return CriterionResult.fail(id(), MixWords.credit(off, toleranceLu, zeroCreditLu),
                reading + ", " + by + " LU " + (off < 0 ? "below" : "above") + " the target of " + target() + ": "
                        + (off < 0 ? "raise" : "lower") + " the master by about " + by + " dB");
    }
}
