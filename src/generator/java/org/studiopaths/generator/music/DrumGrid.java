package org.studiopaths.generator.music;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A drum pattern written as a step grid, one line per drum, sixteenth notes:
 * <pre>
 *   kick   X . . . x . . . | X . . x . . . .
 *   snare  . . . . X . . . | . . . . X . . o
 * </pre>
 * {@code X} accent, {@code x} normal hit, {@code o} ghost note, {@code .} rest; spaces and bar lines are only for
 * the eye.
 */
public final class DrumGrid {

    private static final Map<String, Integer> KEYS = Map.ofEntries(
            Map.entry("kick", 36), Map.entry("kick2", 35), Map.entry("rim", 37), Map.entry("snare", 38),
            Map.entry("clap", 39), Map.entry("snare2", 40), Map.entry("floortom", 41), Map.entry("hat", 42),
            Map.entry("lowtom", 45), Map.entry("pedal", 44), Map.entry("open", 46), Map.entry("midtom", 47),
            Map.entry("hitom", 50), Map.entry("crash", 49), Map.entry("ride", 51), Map.entry("bell", 53),
            Map.entry("tamb", 54), Map.entry("cowbell", 56), Map.entry("bongohi", 60), Map.entry("bongolo", 61),
            Map.entry("congamute", 62), Map.entry("congahi", 63), Map.entry("congalo", 64),
            Map.entry("cabasa", 69), Map.entry("shaker", 70), Map.entry("claves", 75), Map.entry("wood", 76),
            Map.entry("triangle", 81));

    private DrumGrid() {
    }

    public static List<NoteEvent> sixteenths(String grid) {
        List<NoteEvent> notes = new ArrayList<>();
        for (String line : grid.strip().split("\n")) {
            String[] nameAndSteps = line.strip().split("\\s+", 2);
            Integer key = KEYS.get(nameAndSteps[0]);
            if (key == null) {
                throw new IllegalArgumentException("unknown drum: " + nameAndSteps[0]);
            }
            String steps = nameAndSteps[1].replaceAll("[\\s|]", "");
            for (int i = 0; i < steps.length(); i++) {
                int velocity = switch (steps.charAt(i)) {
                    case 'X' -> 120;
                    case 'x' -> 96;
                    case 'o' -> 58;
                    case '.' -> 0;
                    default -> throw new IllegalArgumentException("unknown step '" + steps.charAt(i) + "' in " + line);
                };
                if (velocity > 0) {
                    notes.add(new NoteEvent(i / 4.0, 0.25, key, velocity));
                }
            }
        }
        return notes;
    }
}
