package org.studiopaths.generator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import org.studiopaths.audio.importing.LibraryJsonWriter;
import org.studiopaths.generator.kits.HipHopKit;
import org.studiopaths.generator.kits.HouseKit;
import org.studiopaths.generator.kits.PopKit;
import org.studiopaths.generator.library.Entry;
import org.studiopaths.generator.library.Loop;
import org.studiopaths.generator.library.Song;
import org.studiopaths.generator.render.Frames;
import org.studiopaths.generator.render.GervillRenderer;
import org.studiopaths.generator.render.Levels;
import org.studiopaths.generator.render.LoopFolder;
import org.studiopaths.generator.render.LoopLevels;
import org.studiopaths.generator.render.SongLevels;
import org.studiopaths.generator.render.WavWriter;
import org.studiopaths.generator.songs.NightShift;
import org.studiopaths.generator.songs.SundayDrive;

/**
 * Renders the whole sample library: every loop and stem as a WAV file and samples/library.json.
 * Usage: {@code GenerateSamples SOUNDFONT.sf2 SAMPLES_DIR} (see samples/README.md for the Maven command).
 */
public final class GenerateSamples {

    /** How long after a loop's end its notes and reverb are still rendered, to be folded back onto its start. */
    private static final double TAIL_SECONDS = 4.0;

    private GenerateSamples() {
    }

    public static void main(String[] args) throws IOException, InvalidMidiDataException {
        if (args.length != 2) {
            System.err.println("usage: GenerateSamples SOUNDFONT.sf2 SAMPLES_DIR");
            System.exit(2);
        }
        GervillRenderer renderer = new GervillRenderer(MidiSystem.getSoundbank(new File(args[0])));
        Path samples = Path.of(args[1]);
        deleteTree(samples.resolve("loops"));
        deleteTree(samples.resolve("songs"));

        List<Entry> entries = new ArrayList<>();
        List<Loop> loops = new ArrayList<>();
        loops.addAll(PopKit.loops());
        loops.addAll(HouseKit.loops());
        loops.addAll(HipHopKit.loops());
        for (Loop loop : loops) {
            int frames = Frames.ofBars(loop.score().bars(), loop.score().beatsPerBar(), loop.score().tempo());
            float[] audio = LoopFolder.fold(
                    renderer.render(loop.score(), frames + Frames.ofSeconds(TAIL_SECONDS)), frames);
            LoopLevels.apply(audio, loop.category());
            WavWriter.write(samples.resolve(loop.path()), audio);
            entries.add(loop.entry());
            report(loop.path(), audio);
        }
        for (Song song : List.of(SundayDrive.song(), NightShift.song())) {
            int frames = Frames.ofBars(song.score().bars(), song.score().beatsPerBar(), song.score().tempo());
            List<float[]> stems = renderer.renderParts(song.score(), frames);
            SongLevels.apply(stems);
            for (int i = 0; i < stems.size(); i++) {
                String path = song.path(song.stems().get(i));
                WavWriter.write(samples.resolve(path), stems.get(i));
                report(path, stems.get(i));
            }
            entries.addAll(song.entries());
        }
        Files.writeString(samples.resolve("library.json"),
                LibraryJsonWriter.write(entries.stream().map(Entry::toLibraryEntry).toList()), StandardCharsets.UTF_8);
        System.out.println(entries.size() + " files and library.json written to " + samples);
    }

    private static void report(String path, float[] audio) {
        System.out.printf(Locale.ROOT, "%-48s %6.2f s  peak %6.1f dBFS  rms %6.1f dBFS%n", path,
                audio.length / 44_100.0, 20 * Math.log10(Levels.peak(audio)), 20 * Math.log10(Levels.rms(audio)));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
