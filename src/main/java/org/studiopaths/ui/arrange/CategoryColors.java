package org.studiopaths.ui.arrange;

import javafx.scene.paint.Color;

import java.util.Locale;
import java.util.Map;

/** One colour per loop category, shared by the browser and the clips, so a drum clip always looks like drums. */
public final class CategoryColors {

    private static final Map<String, Color> KNOWN = Map.of(
            "drums", Color.web("#f08a24"),
            "percussion", Color.web("#e5b32b"),
            "bass", Color.web("#3f8fe8"),
            "keys", Color.web("#9b6bf2"),
            "chords", Color.web("#9b6bf2"),
            "pad", Color.web("#2fb7a8"),
            "lead", Color.web("#7ccf3c"),
            "melody", Color.web("#7ccf3c"),
            "fx", Color.web("#e8579a"),
            "vocals", Color.web("#e85757"));

    private CategoryColors() {
    }

    public static Color of(String category) {
        String c = category == null ? "" : category.toLowerCase(Locale.ROOT);
        Color known = KNOWN.get(c);
        // An unknown category still gets a stable colour of its own.
        return known != null ? known : Color.hsb(Math.floorMod(c.hashCode(), 360), 0.45, 0.8);
    }
}
