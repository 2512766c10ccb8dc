package org.studiopaths.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything that can be heard: an arrangement and a mix session are both a project
 * (see {@code spec/project-format.md}). Immutable; every edit returns a new project.
 *
 * @param sections optional named markers (an extension of format version 1, see docs/project-format-extensions.md)
 */
public record Project(String title, double tempo, int beatsPerBar, List<Track> tracks, Master master,
                      List<Section> sections) {

    public static final String FORMAT = "studio-paths.project/1";
    public static final int MAX_TRACKS = 64;

    public Project {
        title = title == null ? "" : title;
        tracks = List.copyOf(tracks);
        master = master == null ? Master.UNITY : master;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** An empty project at the given tempo in 4/4. */
    public static Project empty(String title, double tempo) {
        return new Project(title, tempo, 4, List.of(), Master.UNITY, List.of());
    }

    public Project withTitle(String newTitle) {
        return new Project(newTitle, tempo, beatsPerBar, tracks, master, sections);
    }

    public Project withTempo(double newTempo) {
        return new Project(title, newTempo, beatsPerBar, tracks, master, sections);
    }

    public Project withBeatsPerBar(int beats) {
        return new Project(title, tempo, beats, tracks, master, sections);
    }

    public Project withTracks(List<Track> newTracks) {
        return new Project(title, tempo, beatsPerBar, newTracks, master, sections);
    }

    public Project withMaster(Master newMaster) {
        return new Project(title, tempo, beatsPerBar, tracks, newMaster, sections);
    }

    public Project withSections(List<Section> newSections) {
        return new Project(title, tempo, beatsPerBar, tracks, master, newSections);
    }

    public Project withTrack(int index, Track track) {
        List<Track> copy = new ArrayList<>(tracks);
        copy.set(index, track);
        return withTracks(copy);
    }

    public Project updateTrack(int index, UnaryOperator<Track> change) {
        return withTrack(index, change.apply(tracks.get(index)));
    }

    public Project addTrack(Track track) {
        List<Track> copy = new ArrayList<>(tracks);
        copy.add(track);
        return withTracks(copy);
    }

    public Project removeTrack(int index) {
        List<Track> copy = new ArrayList<>(tracks);
        copy.remove(index);
        return withTracks(copy);
    }

    /** Seconds per bar at this tempo and metre. */
    public double secondsPerBar() {
        return beatsPerBar * 60.0 / tempo;
    }

    /** The bar (1-based, fractional) just after the end of the last clip; 1 for a project with no clips. */
    public double endBar() {
        double end = 1;
        for (Track t : tracks) {
            for (Clip c : t.clips()) {
                end = Math.max(end, c.endBar());
            }
        }
        return end;
    }

    /** Length of the song in bars (0 when there are no clips). */
    public double lengthBars() {
        return endBar() - 1;
    }

    /** Whether a track is heard, given mute and solo across the project. */
    public boolean isAudible(int trackIndex) {
        boolean anySolo = tracks.stream().anyMatch(Track::solo);
        Track t = tracks.get(trackIndex);
        return !t.mute() && (!anySolo || t.solo());
    }
}
