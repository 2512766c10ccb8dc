package org.studiopaths.generator.music;

import java.util.List;

/**
 * Parts played together at one tempo, for a whole number of bars.
 *
 * @param swing how far every second sixteenth is pushed late, as a fraction of a sixteenth (0 = straight)
 */
public record Score(double tempo, int beatsPerBar, int bars, double swing, List<Part> parts) {

    public Score {
        parts = List.copyOf(parts);
    }

    public static Score of(double tempo, int bars, Part... parts) {
        return new Score(tempo, 4, bars, 0, List.of(parts));
    }

    public Score swing(double amount) {
        return new Score(tempo, beatsPerBar, bars, amount, parts);
    }

    public double beats() {
        return bars * beatsPerBar;
    }

    /** Seconds from the start to a beat, with swing applied to off-beat sixteenths. */
    public double seconds(double beat) {
        double sixteenths = beat * 4;
        double nearest = Math.rint(sixteenths);
        boolean offbeat = Math.abs(sixteenths - nearest) < 1e-9 && Math.floorMod((long) nearest, 2) == 1;
        double swung = offbeat ? sixteenths + swing : sixteenths;
        return swung / 4 * 60.0 / tempo;
    }
}
