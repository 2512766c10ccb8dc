package org.studiopaths.model;

/**
 * A named marker on the timeline (Intro, Verse, Chorus ...). A section lasts from its start bar to the
 * next section's start, or to the end of the song.
 */
public record Section(String name, double startBar) {
    public Section withName(String n) { return new Section(n, startBar); }
    public Section withStartBar(double s) { return new Section(name, s); }
}
