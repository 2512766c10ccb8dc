package org.studiopaths.ui.tour;

import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** One card of the first-run tour. */
public record TourCard(Feather icon, String title, String text) {

    /** The tour, in order: the idea, each path, then comparing. */
    public static final List<TourCard> ALL = List.of(
            new TourCard(Feather.COMPASS, "Welcome to Studio Paths",
                    "Wondering whether music production or audio engineering is for you? Here you try a small, "
                            + "real piece of each, then compare which one you enjoyed. No experience needed."),
            new TourCard(Feather.LAYERS, "Production: build the track",
                    "You arrange loops on a timeline: drums, bass, chords and melody. Drag them into place, "
                            + "build an intro and a drop, and listen as you go. This is the producer's creative side."),
            new TourCard(Feather.SLIDERS, "Engineering: make it sound right",
                    "You get a finished multitrack and balance it: faders for loudness, pan for place, EQ for "
                            + "tone. This is the engineer's side: listening closely and fixing what sounds off."),
            new TourCard(Feather.BAR_CHART_2, "Then compare",
                    "After each exercise, say how much you enjoyed it: it takes ten seconds. Compare shows the "
                            + "two paths side by side and what your answers may mean. Press F1 to see this tour "
                            + "again and ? for the keyboard shortcuts."));
}
