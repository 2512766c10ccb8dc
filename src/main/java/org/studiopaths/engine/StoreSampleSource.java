package org.studiopaths.engine;

import org.studiopaths.audio.FloatFrames;
import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleException;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleFrames;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.model.json.JsonFormatException;

import java.nio.file.Path;

/**
 * The engine's samples from disk: audio from the {@link SampleStore} (decoded once, at the render rate), the
 * tempo from the {@link SampleLibrary} entry (a sample the library does not describe, such as the user's own,
 * has none and plays at its own speed). The library is the app's merged with the user's own catalogue, and a
 * loop the user imports is added while the app runs ({@link #add}); compiles read the library as it is then.
 */
public final class StoreSampleSource implements SampleSource {

    private final SampleStore store;
    private final boolean inPlace;
    private volatile SampleLibrary library;

    public StoreSampleSource(SampleStore store, SampleLibrary library) {
        this(store, library, false);
    }

    private StoreSampleSource(SampleStore store, SampleLibrary library, boolean inPlace) {
        this.store = store;
        this.library = library;
        this.inPlace = inPlace;
    }

    /**
     * The same samples with 16-bit files at the render rate read in place ({@link SampleStore#framesInPlace}),
     * for one-shot offline renders (the {@code render} and {@code check} commands): a song's stems are then
     * never decoded into memory. Never for playback, whose audio thread must not wait on the disk.
     */
    public StoreSampleSource readingInPlace() {
        return new StoreSampleSource(store, library, true);
    }

    /**
     * The samples of an installation: the samples root with its {@code library.json}, and the user's library
     * (with its own {@code library.json}) for paths that begin with {@code user/}.
     *
     * @throws JsonFormatException when either library.json is damaged (one line naming the place)
     */
    public static StoreSampleSource open(Path samplesRoot, Path userLibrary) throws JsonFormatException {
        SampleLibrary library = SampleLibrary.load(samplesRoot.resolve(SampleLibrary.FILE_NAME));
        SampleLibrary user = SampleLibrary.load(userLibrary.resolve(SampleLibrary.FILE_NAME));
        return new StoreSampleSource(new SampleStore(samplesRoot, userLibrary),
                SampleLibrary.withUserLibrary(library, user));
    }

    /** Describes one more sample (a loop just imported): from now on it plays at the project's tempo. */
    public synchronized void add(LibraryEntry entry) {
        library = library.with(entry);
    }

    public SampleStore store() {
        return store;
    }

    public SampleLibrary library() {
        return library;
    }

    @Override
    public LoadedSample load(String samplePath) throws RenderException {
        SampleFrames audio;
        try {
            audio = inPlace ? store.framesInPlace(samplePath) : FloatFrames.of(store.load(samplePath));
        } catch (SampleException e) {
            throw new RenderException(e.getMessage());
        }
        double tempo = library.find(samplePath).map(LibraryEntry::tempo).orElse(Double.NaN);
        return new LoadedSample(audio, tempo);
    }
}
