package org.studiopaths.ui.prefs;

/**
 * What the app remembers between runs, in {@code settings.json} of the data folder.
 *
 * @param theme    the colour theme
 * @param textSize the base text size
 * @param tourSeen whether the first-run tour has been shown (it then stays closed; F1 reopens it)
 * @param window   where the window was and how big, or null before the first close
 */
public record Settings(Theme theme, TextSize textSize, boolean tourSeen, WindowBounds window) {

    /** The colour theme; dark is the default, like most music software. */
    public enum Theme { DARK, LIGHT }

    /** The base text size; the whole interface scales with it. */
    public enum TextSize {
        SMALL(12), NORMAL(14), LARGE(16), LARGER(18);

        private final int pixels;

        TextSize(int pixels) {
            this.pixels = pixels;
        }

        public int pixels() {
            return pixels;
        }
    }

    /** The window's place on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static final Settings DEFAULTS = new Settings(Theme.DARK, TextSize.NORMAL, false, null);

    public Settings {
        theme = theme == null ? Theme.DARK : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, textSize, tourSeen, window);
    }

    public Settings withTextSize(TextSize s) {
        return new Settings(theme, s, tourSeen, window);
    }

    public Settings withTourSeen(boolean seen) {
        return new Settings(theme, textSize, seen, window);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(theme, textSize, tourSeen, w);
    }
}
