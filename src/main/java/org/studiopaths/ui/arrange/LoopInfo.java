package org.studiopaths.ui.arrange;

/**
 * A loop as the browser shows it (one loop line of the sample library).
 *
 * @param path     sample path relative to the samples root
 * @param tempo    declared tempo, NaN when none
 * @param key      musical key such as "A minor", or "" when it has none (drums)
 * @param bars     length in bars at its own tempo, NaN when unknown
 */
public record LoopInfo(String path, String name, String category, String kit, double tempo, String key, double bars) {

    public LoopInfo {
        name = name == null || name.isBlank() ? fileName(path) : name;
        category = category == null || category.isBlank() ? "other" : category;
        kit = kit == null ? "" : kit;
        key = key == null ? "" : key;
    }

    /** Length of a clip that plays this loop once in a project: its bars (tempo-stretched), at least one beat. */
    public double clipBars(int beatsPerBar) {
        double b = Double.isFinite(bars) && bars > 0 ? bars : 1;
        double beat = 1.0 / beatsPerBar;
        return Math.max(beat, Math.round(b / beat) * beat);
    }

    private static String fileName(String path) {
        String f = path.substring(path.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
