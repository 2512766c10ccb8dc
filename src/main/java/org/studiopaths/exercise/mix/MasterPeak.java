package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.exercise.CheckContext;
import org.studiopaths.exercise.CriterionResult;

/**
 * {@code master-peak}: the master's true peak (BS.1770, 4× oversampled) is at or below {@code maxDbtp}.
 * Credit falls linearly to 0 at {@code zeroCreditDb} above the limit.
 */
public final class MasterPeak extends MixCriterion {

    public static final String TYPE = "master-peak";
    public static final double DEFAULT_MAX_DBTP = -1;
    public static final double DEFAULT_ZERO_CREDIT_DB = 3;

    private final double maxDbtp;
    private final double zeroCreditDb;

    public MasterPeak(String id, double maxDbtp, double zeroCreditDb) {
        super(id);
        this.maxDbtp = maxDbtp;
        this.zeroCreditDb = zeroCreditDb;
    }

    /** Fields: {@code maxDbtp} (-1), {@code zeroCreditDb} (3 dB above the limit). */
    public static MasterPeak parse(CriterionSpec spec) throws JsonFormatException {
        double max = spec.optionalNumber("maxDbtp", -60, 0, "-60 to 0 dBTP").orElse(DEFAULT_MAX_DBTP);
        double zero = spec.optionalNumber("zeroCreditDb", 0.1, 24, "0.1 to 24 dB").orElse(DEFAULT_ZERO_CREDIT_DB);
        return new MasterPeak(spec.id(), max, zero);
    }

    @Override
    public String goal() {
        return "The master's true peak stays at or below " + MixWords.signed(maxDbtp) + " dBTP";
    }

    @Override
    public CriterionResult evaluate(CheckContext context) {
        double peak = MixAnalysis.truePeakDbtp(context.learnerMix());
        String limit = MixWords.signed(maxDbtp) + " dBTP";
        if (peak <= org.studiopaths.dsp.MeterScale.FLOOR_DB) {
            return CriterionResult.pass(id(), "The mix is silent, so nothing peaks above " + limit);
        }
        double over = peak - maxDbtp;
        if (over <= 0) {
            return CriterionResult.pass(id(), "The true peak is " + MixWords.signed(peak) + " dBTP, at or below "
                    + limit);
        }
        return CriterionResult.fail(id(), MixWords.credit(over, 0, zeroCreditDb),
                "The true peak is " + MixWords.signed(peak) + " dBTP, above the limit of " + limit
                        + ": lower the master by at least " + MixWords.oneDecimal(Math.ceil(over * 10) / 10) + " dB");
    }
}
