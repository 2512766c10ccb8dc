package org.studiopaths.ui.mix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.studiopaths.audio.AudioFileException;
import org.studiopaths.audio.WavReader;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Free mixes: every song under {@code samples/songs/} (as {@code library.json} lists its stems) becomes a
 * project with one track per stem, all faders at 0 dB and flat EQ: a blank console to mix freely.
 */
public final class SongMixes {

    private SongMixes() {
    }

    /** One free-mix task per song; an unreadable library gives none (the chooser then says so). */
    public static List<MixTask> freeMixes(Path samplesRoot) {
        Map<String, List<JsonNode>> songs = new LinkedHashMap<>();
        Path library = samplesRoot.resolve("library.json");
        try {
            JsonNode all = new ObjectMapper().readTree(Files.readString(library));
            for (JsonNode e : all) {
                if (e.hasNonNull("song")) {
                    songs.computeIfAbsent(e.get("song").asText(), k -> new ArrayList<>()).add(e);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<MixTask> tasks = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> song : songs.entrySet()) {
            try {
                Project p = project(samplesRoot, song.getKey(), song.getValue());
                tasks.add(new MixTask("free-" + song.getKey(), "Free mix: " + p.title(),
                        p.tracks().size() + " stems, all at 0 dB with a flat EQ.", 0,
                        "All stems at 0 dB with a flat EQ. Balance, pan and EQ it your way.", p, null, null, null));
            } catch (AudioFileException | RuntimeException e) {
                // a song whose stems cannot be read is left out
            }
        }
        return tasks;
    }

    static Project project(Path root, String song, List<JsonNode> stems) throws AudioFileException {
        double tempo = stems.get(0).path("tempo").asDouble(100);
        int beats = stems.get(0).path("beatsPerBar").asInt(4);
        Project p = Project.empty(title(song), tempo).withBeatsPerBar(beats);
        for (JsonNode stem : stems) {
            String path = stem.get("path").asText();
            double seconds = WavReader.read(root.resolve(path)).seconds();
            double bars = Math.ceil(seconds / (beats * 60.0 / tempo) * beats) / beats;
            String name = stem.path("name").asText(path);
            p = p.addTrack(Track.named(name.length() > Track.MAX_NAME_LENGTH ? name.substring(0, Track.MAX_NAME_LENGTH) : name)
                    .addClip(Clip.of(path, 1, bars).withLoop(false)));
        }
        return p;
    }

    static String title(String song) {
        StringBuilder b = new StringBuilder();
        for (String w : song.split("-")) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
