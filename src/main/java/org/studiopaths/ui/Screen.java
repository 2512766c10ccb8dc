package org.studiopaths.ui;

import java.util.Locale;

/** The main window's screens. */
public enum Screen {
    HOME, PRODUCTION, ENGINEERING, COMPARE;

    /** The screen with this name (any case), such as the value of {@code -Dstudiopaths.screen}; empty if none. */
    public static java.util.Optional<Screen> named(String name) {
        for (Screen s : values()) {
            if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
