package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.List;

/** Reading the fields the mix criteria share from their entry in an exercise file. */
final class MixSpecs {

    private MixSpecs() {
    }

    /** {@code tracks}: the names of the tracks to judge; empty (all of the reference's tracks) when absent. */
    static List<String> tracks(CriterionSpec spec) throws JsonFormatException {
        return spec.has("tracks") ? spec.strings("tracks") : List.of();
    }

    /**
     * A tolerance and the distance where credit reaches 0, each optional; the second must be beyond the first.
     *
     * @return {tolerance, zeroCredit}
     */
    static double[] toleranceAndZero(CriterionSpec spec, String toleranceKey, double toleranceDefault,
                                     String zeroKey, double zeroDefault, double max, String unit)
            throws JsonFormatException {
        String range = "0 to " + MixWords.oneDecimal(max) + unit;
        double tolerance = spec.optionalNumber(toleranceKey, 0, max, range).orElse(toleranceDefault);
        double zero = spec.optionalNumber(zeroKey, 0, max, range).orElse(zeroDefault);
        if (zero <= tolerance) {
            throw spec.error(spec.has(zeroKey) ? zeroKey : toleranceKey, "leaves no room for partial credit: "
                    + zeroKey + " (" + MixWords.oneDecimal(zero) + ") must be more than " + toleranceKey + " ("
                    + MixWords.oneDecimal(tolerance) + "); allowed " + zeroKey + " above " + toleranceKey);
        }
        return new double[] {tolerance, zero};
    }
}
