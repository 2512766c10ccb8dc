package org.studiopaths.model;

import java.util.ArrayList;
import java.util.List;

/** One track (a lane in the arrangement, a channel strip in the mixer). */
public record Track(String name, double gainDb, double pan, boolean mute, boolean solo, Eq eq, List<Clip> clips) {

    public static final int MAX_NAME_LENGTH = 40;
    /** A fader at or below this is silence. */
    public static final double SILENT_DB = -120;

    public Track {
        eq = eq == null ? Eq.FLAT : eq;
        clips = clips == null ? List.of() : List.copyOf(clips);
    }

    /** A track at unity with a flat EQ and no clips. */
    public static Track named(String name) {
        return new Track(name, 0, 0, false, false, Eq.FLAT, List.of());
    }

    public Track withName(String n) { return new Track(n, gainDb, pan, mute, solo, eq, clips); }
    public Track withGainDb(double g) { return new Track(name, g, pan, mute, solo, eq, clips); }
    public Track withPan(double p) { return new Track(name, gainDb, p, mute, solo, eq, clips); }
    public Track withMute(boolean m) { return new Track(name, gainDb, pan, m, solo, eq, clips); }
    public Track withSolo(boolean s) { return new Track(name, gainDb, pan, mute, s, eq, clips); }
    public Track withEq(Eq e) { return new Track(name, gainDb, pan, mute, solo, e, clips); }
    public Track withClips(List<Clip> c) { return new Track(name, gainDb, pan, mute, solo, eq, c); }

    public Track addClip(Clip clip) {
        List<Clip> copy = new ArrayList<>(clips);
        copy.add(clip);
        return withClips(copy);
    }

    public Track withClip(int index, Clip clip) {
        List<Clip> copy = new ArrayList<>(clips);
        copy.set(index, clip);
        return withClips(copy);
    }

    public Track removeClip(int index) {
        List<Clip> copy = new ArrayList<>(clips);
        copy.remove(index);
        return withClips(copy);
    }
}
