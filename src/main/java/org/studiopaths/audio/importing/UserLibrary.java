package org.studiopaths.audio.importing;

import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.json.JsonFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user's own loops: WAV files copied into their library folder ({@code data/library/}) and described in
 * its {@code library.json}, in the format of the app's own. Entry paths there are relative to the folder; the
 * app reaches them as {@code user/<file>} (see {@link SampleLibrary#withUserLibrary}).
 */
public final class UserLibrary {

    /** The kit every imported loop belongs to, so the browser can show them on their own. */
    public static final String KIT = "my loops";
    private static final int MAX_STEM = 60;

    private final Path folder;

    public UserLibrary(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path catalogue() {
        return folder.resolve(SampleLibrary.FILE_NAME);
    }

    /** The catalogue as written (paths relative to the folder); empty when there is none yet. */
    public SampleLibrary load() throws JsonFormatException {
        return SampleLibrary.load(catalogue());
    }

    /**
     * Copies a loop into the folder under a new file name made from its name, then writes the catalogue whole
     * with the loop added. The source must already have been read as a WAV file. When the catalogue cannot be
     * written, the copy is removed again.
     *
     * @return the new entry as the app sees it, its path beginning with {@code user/}
     * @throws JsonFormatException when the existing catalogue is damaged (it is left as it is)
     * @throws IOException when the file cannot be copied or the catalogue written
     */
    public LibraryEntry add(Path source, LoopFacts facts) throws IOException, JsonFormatException {
        SampleLibrary existing = load();
        Files.createDirectories(folder);
        Path target = freeName(facts.name(), existing);
        AtomicFiles.write(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        });
        LibraryEntry entry = new LibraryEntry(target.getFileName().toString(), facts.name(), facts.category(), KIT,
                null, true, facts.tempo(), facts.beatsPerBar(), facts.bars(), facts.key(),
                "Imported from " + source.getFileName() + ".", null);
        List<LibraryEntry> entries = new ArrayList<>(existing.entries());
        entries.add(entry);
        String json = LibraryJsonWriter.write(entries);
        try {
            SampleLibrary.parse(json, catalogue().toString()); // what is written must read back
            AtomicFiles.writeString(catalogue(), json);
        } catch (IOException | JsonFormatException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return SampleLibrary.asUser(entry);
    }

    /** {@code my-loop.wav}, or {@code my-loop-2.wav} and so on when taken (on disk or in the catalogue). */
    private Path freeName(String name, SampleLibrary existing) {
        String stem = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.isEmpty()) {
            stem = "loop";
        }
        stem = stem.substring(0, Math.min(stem.length(), MAX_STEM));
        for (int n = 1; ; n++) {
            String file = stem + (n == 1 ? "" : "-" + n) + ".wav";
            if (!Files.exists(folder.resolve(file)) && existing.find(file).isEmpty()) {
                return folder.resolve(file);
            }
        }
    }
}
